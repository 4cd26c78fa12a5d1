import { BATCH_CHECK_THRESHOLD, stageAndCheck, type ZoneCheckers } from './check';
import { mapLimit, oneAtATime, writeFileAtomic } from './io';
import { commitWrites, planChange, removeFiles, ZoneLayout } from './layout';
import { runCommand } from './run';
import type { DnsDriver, ZoneChange, ZoneExpectation } from './types';
import type { Survey } from '../survey';
import { surveyZones } from './survey';

export interface BindDriverOptions {
  /** Folder the driver owns: zones.conf (included from named.conf), primary/, secondary/. */
  configDir: string;
  /** Command prefix that reaches named, e.g. "rndc -c /etc/bind/rndc.conf" (default "rndc"). */
  controlCommand?: string;
  /** Default "named-checkzone". */
  checkzone?: string;
  /** Default "named-checkconf". */
  checkconf?: string;
}

const RNDC_TIMEOUT_MS = 60_000;

/**
 * A BIND 9 name server on this host (or one sharing configDir): zone files and the zones.conf
 * include are written here, and rndc tells named. Changes to one configDir run one at a time.
 */
export class BindDriver implements DnsDriver {
  readonly layout: ZoneLayout;
  private readonly controlCommand: string;
  private readonly checkers: ZoneCheckers;

  constructor(options: BindDriverOptions) {
    this.layout = new ZoneLayout(options.configDir);
    this.controlCommand = options.controlCommand ?? 'rndc';
    this.checkers = {
      checkzone: options.checkzone ?? 'named-checkzone',
      checkconf: options.checkconf ?? 'named-checkconf',
    };
  }

  apply(change: ZoneChange): Promise<void> {
    return oneAtATime(this.layout.configDir, () => this.applyNow(change));
  }

  survey(expected: ZoneExpectation): Promise<Survey<string>> {
    return oneAtATime(this.layout.configDir, () => surveyZones(this.layout, expected));
  }

  private async applyNow(change: ZoneChange): Promise<void> {
    const plan = await planChange(this.layout, change);
    await this.layout.ensureDirs();

    // 1. Check: one bad zone refuses the whole change before any file is replaced.
    const changed = plan.writes.filter((w) => w.changed);
    const staged = changed.length ? await stageAndCheck(this.layout.configDir, changed, this.checkers) : null;
    try {
      // 2. Put files in place.
      await commitWrites(plan.writes, staged?.files);
    } finally {
      await staged?.dispose();
    }
    if (plan.confChanged) await writeFileAtomic(this.layout.zonesConf, plan.conf);

    // 3. Tell named. Zones it already serves as primary are reloaded even when their text is
    // unchanged: a retry after a failed reload must still get the text loaded (named skips files
    // older than its last load, so this costs little).
    const reload = plan.writes.filter((w) => plan.previous.get(w.name) === 'primary').map((w) => w.name);
    const added = plan.writes.filter((w) => !plan.previous.has(w.name)).map((w) => w.name);
    try {
      if (reload.length + added.length > BATCH_CHECK_THRESHOLD) {
        // One full reload (configuration and every zone whose file is newer) instead of thousands of rndc runs.
        await this.rndc(['reload']);
      } else {
        if (plan.confChanged) await this.rndc(['reconfig']);
        await mapLimit(reload, 4, (name) => this.rndc(['reload', name]));
        // reconfig and reload return before the zones are loaded; wait for them, so a secondary
        // told next finds the zone on its first transfer instead of retrying minutes later. A
        // zone can be listed before its file first lands (another zone's change wrote the list):
        // then its first load comes from this reload, so reloaded zones are waited for too.
        await mapLimit([...added, ...reload], 4, (name) => this.untilLoaded(name));
      }
      await mapLimit(plan.refresh, 4, (name) => this.rndc(['refresh', name]));
    } catch (err) {
      // Put the old zone list back, so the retried change sees the list as changed and reconfigures again.
      // (No earlier file: an empty list, since named.conf includes it and must still load.)
      if (plan.confChanged)
        await writeFileAtomic(this.layout.zonesConf, plan.previousConf ?? this.layout.renderZonesConf([]));
      throw err;
    }

    // 4. Only now that named no longer serves them: the files of removed zones.
    await removeFiles(plan.removeFiles);
  }

  private async untilLoaded(zone: string, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        const { stdout } = await runCommand(this.controlCommand, ['zonestatus', zone], RNDC_TIMEOUT_MS);
        if (/^serial: \d+/m.test(stdout)) return;
      } catch (err) {
        if (Date.now() > until) throw err;
      }
      if (Date.now() > until) throw new Error(`named did not load zone ${zone} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async rndc(args: string[]): Promise<void> {
    await runCommand(this.controlCommand, args, RNDC_TIMEOUT_MS);
  }
}
