/**
 * The one command an operator runs on a new machine, and the shell script it fetches: installs the
 * agent (one JavaScript file, the panel's own build) for a dedicated account, and lets the panel's
 * key for this machine start the agent and nothing else (authorized_keys `restrict,command=`).
 */
import type { Config } from '../../config';
import { panelUrl } from '../../http/panel-url';

/** Where the panel serves the agent and the setup scripts. */
export const AGENT_PATH = '/agent/heliosphere-agent.js';
export const SETUP_PREFIX = '/agent/setup/';

export function setupUrl(config: Config, serverId: number, token: string): string {
  return panelUrl(config, { cpHost: null }, `${SETUP_PREFIX}${serverId}.${token}`);
}

/** What the operator runs as root on the new machine. */
export function setupCommand(config: Config, serverId: number, token: string): string {
  return `curl -fsS ${setupUrl(config, serverId, token)} | sh`;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The script: needs Node.js 20+ and curl on the machine. The account, folders and node may be
 * overridden with HELIO_AGENT_USER, HELIO_AGENT_PREFIX, HELIO_AGENT_DATA and HELIO_NODE.
 */
export function setupScript(
  config: Config,
  server: { name: string; sshUser: string; accessPublicKey: string },
): string {
  const agentUrl = panelUrl(config, { cpHost: null }, AGENT_PATH);
  const [type, blob] = server.accessPublicKey.trim().split(/\s+/);
  const comment = `heliosphere-panel:${server.name}`;
  return `#!/bin/sh
# Heliosphere: sets up ${server.name} for the panel at ${config.publicUrl}
set -eu
AGENT_USER="\${HELIO_AGENT_USER:-${server.sshUser}}"
PREFIX="\${HELIO_AGENT_PREFIX:-/opt/heliosphere}"
DATA="\${HELIO_AGENT_DATA:-/var/lib/heliosphere}"
NODE="\${HELIO_NODE:-$(command -v node || true)}"
if [ -z "$NODE" ]; then echo "The Heliosphere agent needs Node.js 20 or later (apt-get install nodejs), then run this again." >&2; exit 1; fi
case "$("$NODE" -p 'process.versions.node.split(".")[0] >= 20')" in true) ;; *) echo "Node.js 20 or later is needed; $NODE is $("$NODE" --version)." >&2; exit 1;; esac
if ! id "$AGENT_USER" >/dev/null 2>&1; then
  useradd --system --create-home --home-dir "$DATA" --shell /bin/sh "$AGENT_USER"
fi
HOME_DIR=$(getent passwd "$AGENT_USER" | cut -d: -f6)
KEYS="$HOME_DIR/.ssh/authorized_keys"
mkdir -p "$PREFIX" "$DATA" "$HOME_DIR/.ssh"
curl -fsS ${shellQuote(agentUrl)} -o "$PREFIX/heliosphere-agent.js.new"
mv "$PREFIX/heliosphere-agent.js.new" "$PREFIX/heliosphere-agent.js"
chmod 0644 "$PREFIX/heliosphere-agent.js"
printf '%s\\n' "restrict,command=\\"$NODE $PREFIX/heliosphere-agent.js --data $DATA --keys $KEYS\\" ${type} ${blob} ${comment}" > "$KEYS.new"
chmod 0700 "$HOME_DIR/.ssh"
chmod 0600 "$KEYS.new"
mv "$KEYS.new" "$KEYS"
chown -R "$AGENT_USER" "$HOME_DIR/.ssh" "$DATA" "$PREFIX"
echo "The agent is installed for $AGENT_USER; the panel's key for ${server.name} may run it and nothing else."
for f in \${HELIO_SSH_HOST_KEYS:-/etc/ssh/ssh_host_ed25519_key.pub /etc/ssh/ssh_host_ecdsa_key.pub /etc/ssh/ssh_host_rsa_key.pub}; do
  [ -f "$f" ] && ssh-keygen -lf "$f" | sed 's/^/Host key: /'
done
echo "Compare the host key with the one the panel shows when ${server.name} first answers."
`;
}
