import { useQuery } from '@apollo/client';
import type { FormEvent } from 'react';
import { CheckboxField, SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/Messages';
import { Card } from '../../components/Page';
import { intOrNull, textOrNull, useFormState } from '../../components/useFormState';
import { useFormSubmit } from '../../components/useFormSubmit';
import { SERVER_KINDS } from '../../graphql/enums';
import type {
  CreateLogicalServerInput,
  DriverName,
  LogicalServerFieldsFragment,
  ServerKind,
} from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DNS_ROLES, driverSettings, driversFor, type DnsRoleChoice } from './driverChoices';
import { LogicalServerChoicesQuery } from './servers.operations';

const FIELDS = [
  'name',
  'kind',
  'physicalId',
  'groupId',
  'driver',
  'host',
  'port',
  'user',
  'password',
  'userHost',
  'maxAccounts',
  'maxDiskMb',
  'maxTasks',
  'enabled',
  'configDir',
  'controlCommand',
  'webRoot',
  'nameServer',
  'dnsRole',
] as const;

/** What the form sends: the create input; an edit sends the same fields (kind aside) plus `clearPassword`. */
export interface LogicalServerValues extends CreateLogicalServerInput {
  clearPassword: boolean;
}

interface LogicalServerFormProps {
  /** The server being edited; a new one otherwise. */
  server?: LogicalServerFieldsFragment;
  /** The kind a new server starts with (the list's kind filter). */
  kind?: ServerKind | null;
  submitLabel: string;
  onSubmit(values: LogicalServerValues): Promise<unknown>;
}

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/**
 * Name, kind, physical server, group, driver and its connection settings, and limits (`ls-*`).
 * The driver password is write-only: the form says whether one is set, never shows it; left empty it stays as it is.
 */
export function LogicalServerForm({ server, kind, submitLabel, onSubmit }: LogicalServerFormProps) {
  const t = useT();
  const choices = useQuery(LogicalServerChoicesQuery, { fetchPolicy: 'cache-and-network' });
  const form = useFormState({
    name: server?.name ?? '',
    kind: server?.kind ?? kind ?? 'WEB',
    physicalId: server?.physical.id ?? '',
    groupId: server?.group?.id ?? '',
    driver: server?.driver ?? ('FILES' as DriverName),
    host: text(server?.host),
    port: text(server?.port),
    user: text(server?.user),
    password: '',
    clearPassword: false,
    userHost: text(server?.userHost),
    maxAccounts: text(server?.maxAccounts),
    maxDiskMb: text(server?.maxDiskMb),
    maxTasks: text(server?.maxTasks),
    enabled: server?.enabled ?? true,
    configDir: text(server?.configDir),
    controlCommand: text(server?.controlCommand),
    webRoot: text(server?.webRoot),
    nameServer: text(server?.nameServer),
    dnsRole: (server?.dnsRole ?? 'RANDOM') as DnsRoleChoice,
  });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const v = form.values;
  const physicals = choices.data?.physicalServers ?? [];
  const groups = (choices.data?.serverGroups ?? []).filter((g) => g.kind === v.kind);
  const shown = driverSettings(v.driver, v.kind);
  const addressed = shown.address;
  const networked = shown.login;
  const drivers = driversFor(v.kind);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(() =>
      onSubmit({
        name: v.name.trim(),
        kind: v.kind,
        physicalId: v.physicalId,
        groupId: v.groupId || null,
        driver: v.driver,
        host: addressed ? textOrNull(v.host) : null,
        port: addressed ? intOrNull(v.port) : null,
        user: networked ? textOrNull(v.user) : null,
        userHost: networked ? textOrNull(v.userHost) : null,
        // Empty means "keep": a password is only ever sent when typed.
        password: networked && v.password !== '' ? v.password : undefined,
        clearPassword: v.clearPassword,
        maxAccounts: intOrNull(v.maxAccounts),
        maxDiskMb: intOrNull(v.maxDiskMb),
        maxTasks: intOrNull(v.maxTasks),
        enabled: v.enabled,
        configDir: shown.configDir ? textOrNull(v.configDir) : null,
        controlCommand: shown.controlCommand ? textOrNull(v.controlCommand) : null,
        webRoot: shown.webRoot ? textOrNull(v.webRoot) : null,
        nameServer: shown.dns ? textOrNull(v.nameServer) : null,
        dnsRole: shown.dns && v.dnsRole !== 'RANDOM' ? v.dnsRole : null,
      }),
    );
  }

  const passwordState = server?.hasPassword ? t('logical.passwordSet') : t('logical.passwordNotSet');

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="max-w-3xl space-y-6">
      <FormError message={errors.general} />
      <Card title={t('logical.sectionService')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="name"
            testId="ls-name"
            label={t('logical.name')}
            hint={t('logical.nameHint')}
            error={errors.fields.name}
            autoComplete="off"
            spellCheck={false}
            {...form.bind('name')}
          />
          <SelectField
            name="kind"
            testId="ls-kind"
            label={t('logical.kind')}
            error={errors.fields.kind}
            disabled={!!server}
            value={v.kind}
            onChange={(e) => {
              const next = e.target.value as ServerKind;
              form.set('kind', next);
              form.set('groupId', '');
              // A driver of another kind (BIND on a WEB server) cannot stay chosen.
              if (!driversFor(next).includes(v.driver)) form.set('driver', 'FILES');
            }}
          >
            {SERVER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`serverKind.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="physicalId"
            testId="ls-physical"
            label={t('logical.physical')}
            error={errors.fields.physicalId}
            {...form.bind('physicalId')}
          >
            <option value="">{t('logical.choosePhysical')}</option>
            {physicals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="groupId"
            testId="ls-group"
            label={`${t('logical.group')} (${t('common.optional')})`}
            hint={t('logical.groupHint')}
            error={errors.fields.groupId}
            {...form.bind('groupId')}
          >
            <option value="">{t('logical.noGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            testId="ls-enabled"
            label={t('logical.enabledLabel')}
            hint={t('logical.enabledHint')}
            {...form.check('enabled')}
          />
        </div>
      </Card>

      <Card title={t('logical.sectionDriver')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="driver"
            testId="ls-driver"
            label={t('logical.driver')}
            hint={t(`driver.desc.${v.driver}`)}
            error={errors.fields.driver}
            {...form.bind('driver')}
          >
            {drivers.map((d) => (
              <option key={d} value={d}>
                {t(`driver.${d}`)}
              </option>
            ))}
          </SelectField>
          {addressed ? (
            <>
              <TextField
                name="host"
                testId="ls-host"
                label={t('logical.host')}
                error={errors.fields.host}
                autoComplete="off"
                spellCheck={false}
                placeholder="127.0.0.1"
                {...form.bind('host')}
              />
              <TextField
                name="port"
                testId="ls-port"
                type="number"
                min={1}
                max={65535}
                label={t('logical.port')}
                error={errors.fields.port}
                placeholder={v.driver === 'BIND' ? '53' : v.driver === 'NGINX' ? '80' : '3306'}
                {...form.bind('port')}
              />
            </>
          ) : null}
          {networked ? (
            <>
              <TextField
                name="user"
                testId="ls-user"
                label={t('logical.user')}
                error={errors.fields.user}
                autoComplete="off"
                spellCheck={false}
                {...form.bind('user')}
              />
              <div className="space-y-2">
                <TextField
                  name="password"
                  testId="ls-password"
                  type="password"
                  label={t('logical.password')}
                  hint={server ? t('logical.passwordKeepHint') : t('logical.passwordHint')}
                  error={errors.fields.password}
                  autoComplete="new-password"
                  disabled={v.clearPassword}
                  {...form.bind('password')}
                />
                <p className="text-xs text-muted">
                  {t('logical.passwordState')}{' '}
                  <span
                    data-test-id="ls-password-state"
                    data-set={String(!!server?.hasPassword)}
                    className="font-medium text-ink"
                  >
                    {passwordState}
                  </span>
                </p>
                {server?.hasPassword ? (
                  <CheckboxField
                    testId="ls-clear-password"
                    label={t('logical.clearPassword')}
                    {...form.check('clearPassword')}
                  />
                ) : null}
              </div>
              <TextField
                name="userHost"
                testId="ls-user-host"
                label={`${t('logical.userHost')} (${t('common.optional')})`}
                hint={t('logical.userHostHint')}
                error={errors.fields.userHost}
                autoComplete="off"
                spellCheck={false}
                placeholder="%"
                {...form.bind('userHost')}
              />
            </>
          ) : null}
          {shown.configDir ? (
            <TextField
              name="configDir"
              testId="ls-config-dir"
              className="sm:col-span-2"
              label={t('logical.configDir')}
              hint={t('logical.configDirHint')}
              error={errors.fields.configDir}
              autoComplete="off"
              spellCheck={false}
              placeholder={v.driver === 'BIND' ? '/etc/bind/helio' : '/etc/nginx/helio'}
              {...form.bind('configDir')}
            />
          ) : null}
          {shown.controlCommand ? (
            <TextField
              name="controlCommand"
              testId="ls-control-command"
              className="sm:col-span-2"
              label={`${t('logical.controlCommand')} (${t('common.optional')})`}
              hint={t('logical.controlCommandHint')}
              error={errors.fields.controlCommand}
              autoComplete="off"
              spellCheck={false}
              placeholder={v.driver === 'BIND' ? 'rndc -s 127.0.0.1 -p 953' : 'nginx'}
              {...form.bind('controlCommand')}
            />
          ) : null}
          {shown.webRoot ? (
            <TextField
              name="webRoot"
              testId="ls-web-root"
              className="sm:col-span-2"
              label={t('logical.webRoot')}
              hint={t('logical.webRootHint')}
              error={errors.fields.webRoot}
              autoComplete="off"
              spellCheck={false}
              placeholder="/var/www"
              {...form.bind('webRoot')}
            />
          ) : null}
        </div>
      </Card>

      {shown.dns ? (
        <Card title={t('logical.sectionDns')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name="nameServer"
              testId="ls-name-server"
              label={`${t('logical.nameServer')} (${t('common.optional')})`}
              hint={t('logical.nameServerHint')}
              error={errors.fields.nameServer}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              placeholder="ns1.example-host.com"
              {...form.bind('nameServer')}
            />
            <SelectField
              name="dnsRole"
              testId="ls-dns-role"
              label={t('logical.dnsRole')}
              hint={t('logical.dnsRoleHint')}
              error={errors.fields.dnsRole}
              {...form.bind('dnsRole')}
            >
              {DNS_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`logical.dnsRole.${r}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </Card>
      ) : null}

      <Card title={t('logical.sectionLimits')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="maxAccounts"
            testId="ls-max-accounts"
            type="number"
            min={0}
            label={t('logical.maxAccounts')}
            hint={t('logical.emptyUnlimited')}
            error={errors.fields.maxAccounts}
            {...form.bind('maxAccounts')}
          />
          <TextField
            name="maxDiskMb"
            testId="ls-max-disk"
            type="number"
            min={0}
            label={t('logical.maxDiskMb')}
            hint={t('logical.emptyUnlimited')}
            error={errors.fields.maxDiskMb}
            {...form.bind('maxDiskMb')}
          />
          <TextField
            name="maxTasks"
            testId="ls-max-tasks"
            type="number"
            min={1}
            label={t('logical.maxTasks')}
            hint={t('logical.maxTasksHint')}
            error={errors.fields.maxTasks}
            {...form.bind('maxTasks')}
          />
        </div>
      </Card>

      <button type="submit" data-test-id="ls-submit" className="btn btn-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
