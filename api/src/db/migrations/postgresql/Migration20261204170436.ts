import { Migration } from '@mikro-orm/migrations';
import { repairDoubledTargets } from '../repair-doubled-targets';

/** Data only (no schema change): targets stored as mx0.example.com.example.com become mx0.example.com (issue 14). */
export class Migration20261204170436 extends Migration {
  override async up(): Promise<void> {
    await repairDoubledTargets(this, 'postgresql');
  }
}
