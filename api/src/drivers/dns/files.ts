import { ZoneCheckError } from './check';
import { oneAtATime, writeFileAtomic } from './io';
import { commitWrites, planChange, removeFiles, ZoneLayout } from './layout';
import type { DnsDriver, ZoneChange, ZoneExpectation } from './types';
import type { Survey } from '../survey';
import { surveyZones } from './survey';
import { checkZoneText } from './zone-check';

/**
 * The embedded default: no name server needed. Writes exactly the files the BIND driver would
 * (zones.conf, primary/<zone>.zone) under its folder, so an admin can copy them to a real BIND;
 * it tells no server. Names, peers and texts are still validated, and every zone it writes is
 * checked by the rules named-checkzone applies (zone-check.ts): a zone BIND would not load is
 * refused here too, with nothing written, instead of waiting for the day the files move to BIND.
 */
export class FilesDnsDriver implements DnsDriver {
  readonly layout: ZoneLayout;

  constructor(readonly dir: string) {
    this.layout = new ZoneLayout(dir);
  }

  survey(expected: ZoneExpectation): Promise<Survey<string>> {
    return oneAtATime(this.layout.configDir, () => surveyZones(this.layout, expected));
  }

  apply(change: ZoneChange): Promise<void> {
    return oneAtATime(this.layout.configDir, async () => {
      const plan = await planChange(this.layout, change);
      const refused = plan.writes
        .map((w) => ({ name: w.name, errors: checkZoneText(w.name, w.text).errors }))
        .filter((r) => r.errors.length);
      if (refused.length) {
        throw new ZoneCheckError(
          refused.map((r) => r.name),
          refused.flatMap((r) => r.errors.map((e) => `zone ${r.name}: ${e}`)).join('\n'),
        );
      }
      await this.layout.ensureDirs();
      await commitWrites(plan.writes);
      if (plan.confChanged) await writeFileAtomic(this.layout.zonesConf, plan.conf);
      await removeFiles(plan.removeFiles);
    });
  }
}
