import { oneAtATime, writeFileAtomic } from './io';
import { commitWrites, planChange, removeFiles, ZoneLayout } from './layout';
import type { DnsDriver, ZoneChange } from './types';

/**
 * The embedded default: no name server needed. Writes exactly the files the BIND driver would
 * (zones.conf, primary/<zone>.zone) under its folder, so an admin can copy them to a real BIND;
 * it runs no checker and tells no server. Names, peers and texts are still validated.
 */
export class FilesDnsDriver implements DnsDriver {
  readonly layout: ZoneLayout;

  constructor(readonly dir: string) {
    this.layout = new ZoneLayout(dir);
  }

  apply(change: ZoneChange): Promise<void> {
    return oneAtATime(this.layout.configDir, async () => {
      const plan = await planChange(this.layout, change);
      await this.layout.ensureDirs();
      await commitWrites(plan.writes);
      if (plan.confChanged) await writeFileAtomic(this.layout.zonesConf, plan.conf);
      await removeFiles(plan.removeFiles);
    });
  }
}
