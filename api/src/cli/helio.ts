#!/usr/bin/env node
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createApp, openDatabase, printPublicSchema } from '../app';
import { createLogger } from '../logger';
import { runBilling } from '../modules/billing';
import { createMasterAdmin } from './admin-create';

const usage = `helio — Heliosphere command line

  helio migrate                      apply pending database migrations
  helio schema [FILE]                print the GraphQL schema (or write it to FILE)
  helio billing run [--at ISO-DATE]  issue due invoices, apply credit, send reminders, suspend and
                                     resume accounts (as the hourly run does; --at runs it as of a date)
  helio admin create --login L --email E [--company NAME] [--password-stdin]
                                     create a master admin (the first one completes setup);
                                     the password is read from standard input, never from arguments

Settings come from the environment (DATABASE_URL, DATA_DIR, ...), as for the server.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  if (cmd === 'schema') {
    const text = printPublicSchema();
    if (sub) fs.writeFileSync(sub, text);
    else process.stdout.write(text);
    return 0;
  }
  if (cmd === 'migrate') {
    const orm = await openDatabase(loadConfig());
    await orm.close();
    console.log('database is up to date');
    return 0;
  }
  if (cmd === 'billing' && sub === 'run') {
    const { values } = parseArgs({ args: rest, options: { at: { type: 'string' } } });
    const at = values.at ? new Date(values.at) : new Date();
    if (Number.isNaN(at.getTime())) {
      console.error(`--at: "${values.at}" is not a date (use e.g. 2026-12-01T00:00:00Z)`);
      return 2;
    }
    const config = loadConfig();
    const orm = await openDatabase(config);
    try {
      const result = await runBilling({ orm, areas: createApp(config).areas, log: createLogger(config.logLevel) }, at);
      console.log(
        `billing run as of ${at.toISOString()}: ${result.accounts} account(s) billed, ${result.invoices} invoice(s) issued, ` +
          `${result.reminders} reminder(s), ${result.suspended} suspended, ${result.resumed} resumed` +
          `${result.failed ? `, ${result.failed} account(s) NOT billed (see the log)` : ''} (${result.ms} ms)`,
      );
      return result.failed ? 1 : 0;
    } finally {
      await orm.close();
    }
  }
  if (cmd === 'admin' && sub === 'create') {
    const { values } = parseArgs({
      args: rest,
      options: {
        login: { type: 'string' },
        email: { type: 'string' },
        company: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    });
    if (!values.login || !values.email) {
      console.error('admin create needs --login and --email\n\n' + usage);
      return 2;
    }
    if (process.stdin.isTTY) process.stderr.write('Password: ');
    const password = await readStdin();
    const orm = await openDatabase(loadConfig());
    try {
      const result = await createMasterAdmin(orm, {
        login: values.login,
        email: values.email,
        password,
        companyName: values.company,
      });
      console.log(
        `master admin "${result.login}" created (user ID ${result.id})${result.completedSetup ? '; setup is complete' : ''}`,
      );
      return 0;
    } finally {
      await orm.close();
    }
  }
  console.log(usage);
  return cmd === undefined || cmd === 'help' || cmd === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const fields = (err as { extensions?: { fields?: { field: string; message: string }[] } }).extensions?.fields;
    if (fields) console.error(fields.map((f) => `${f.field}: ${f.message}`).join('\n'));
    else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
