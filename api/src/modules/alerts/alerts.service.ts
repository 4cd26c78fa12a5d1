import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import type { Ctx } from '../../graphql/context';
import { panelUrl } from '../../http/panel-url';
import { notFound } from '../../errors';
import { rows, sqlDate } from '../../db/raw-sql';
import { Role } from '../identity';
import { MailEvent, mailLanguage, writeMail } from '../notifications';
import { Reseller } from '../resellers';
import { OperatorAlert } from './operator-alert.entity';
import type { SetupProblem } from './setup-problem';
import { unscoped } from '../../db/scope';

/**
 * Records that `problem` stopped a request, in its own transaction on `em` (a system-scoped
 * manager: the request's own transaction has rolled back by now). An open alert counts up; a new
 * or dismissed one is (re)opened and mailed to the company's admins, once, whoever wins a race.
 */
export async function raiseAlert(
  em: EntityManager,
  config: Config,
  problem: SetupProblem,
  now = new Date(),
): Promise<void> {
  const resellerId = problem.company === 'root' ? await rootResellerId(em) : problem.company.resellerId;
  if (resellerId === null) return; // before the first-run setup there is nobody to tell
  const message = problem.message.slice(0, 500);
  const key = problem.key.slice(0, 100);
  for (let attempt = 0; ; attempt++) {
    try {
      await em.transactional(async (tx) => {
        const counted = await tx
          .getConnection()
          .execute(
            'update operator_alert set occurrences = occurrences + 1, last_seen_at = ?, message = ?, fix_path = ? where reseller_id = ? and problem = ? and resolved_at is null',
            [sqlDate(tx, now), message, problem.fixPath, resellerId, key],
            'run',
            tx.getTransactionContext(),
          );
        if (Number(counted.affectedRows) > 0) return;
        const reopened = await tx.nativeUpdate(
          OperatorAlert,
          { reseller: resellerId, problem: key, resolvedAt: { $ne: null } },
          { resolvedAt: null, occurrences: 1, firstSeenAt: now, lastSeenAt: now, message, fixPath: problem.fixPath },
        );
        let alert: OperatorAlert;
        if (reopened > 0) {
          alert = await tx.findOneOrFail(OperatorAlert, { reseller: resellerId, problem: key }, { refresh: true });
        } else {
          alert = tx.create(OperatorAlert, {
            reseller: resellerId,
            problem: key,
            message,
            fixPath: problem.fixPath,
            firstSeenAt: now,
            lastSeenAt: now,
          });
          await tx.flush();
        }
        await mailAdmins(tx, config, alert, problem.mail);
        await tx.flush();
      });
      return;
    } catch (err) {
      // Another request opened the same alert first: count this one on it.
      if (err instanceof UniqueConstraintViolationException && attempt < 3) continue;
      throw err;
    }
  }
}

async function rootResellerId(em: EntityManager): Promise<number | null> {
  const [root] = await rows<{ id: number }>(em, 'select id from reseller where is_root = ? order by id limit 1', [
    true,
  ]);
  return root ? Number(root.id) : null;
}

/** One e-mail per admin of the company for this opening of the alert (the outbox's key keeps it to one). */
async function mailAdmins(
  em: EntityManager,
  config: Config,
  alert: OperatorAlert,
  mail: SetupProblem['mail'],
): Promise<void> {
  const reseller = await em.findOneOrFail(
    Reseller,
    { id: alert.reseller.id },
    unscoped('the company of the alert in hand, to find its admins; runs in engine work with no viewer'),
  );
  const admins = await rows<{ id: number; email: string; login: string; language: string | null }>(
    em,
    'select id, email, login, language from app_user where reseller_id = ? and role in (?, ?) order by id',
    [reseller.id, Role.MASTER_ADMIN, Role.RESELLER_ADMIN],
  );
  for (const admin of admins) {
    await writeMail(em, config, {
      company: reseller,
      event: MailEvent.OPERATOR_ALERT,
      recipient: admin.email,
      language: mailLanguage(admin.language, reseller),
      dedupKey: `alert:${alert.id}:${alert.firstSeenAt.getTime()}:${admin.id}`,
      values: {
        adminName: admin.login,
        alertTitle: mail?.subject ?? 'a customer request failed because of the hosting setup',
        alertIntro: mail?.intro ?? 'A customer’s request could not be carried out because of a problem in the setup:',
        alertMessage: alert.message,
        fixUrl: panelUrl(config, reseller, alert.fixPath),
        alertFooter: mail
          ? 'The alert stays on your home page until it is dealt with, without more e-mail.'
          : 'The customer was told that you have been informed. Further requests stopped by the same problem are counted on the alert on your home page, without more e-mail.',
      },
    });
  }
}

/** Closes the root company's open alert `key` (its cause went away, e.g. a server answers again); true when one was open. */
export async function resolveAlert(em: EntityManager, key: string, now = new Date()): Promise<boolean> {
  const resellerId = await rootResellerId(em);
  if (resellerId === null) return false;
  return (
    (await em.nativeUpdate(
      OperatorAlert,
      { reseller: resellerId, problem: key, resolvedAt: null },
      { resolvedAt: now },
    )) > 0
  );
}

/** Alerts of the viewer's own company (the master admin's: the root company's), open ones unless `includeDismissed`. */
export function listAlerts(ctx: Ctx, includeDismissed: boolean): Promise<OperatorAlert[]> {
  return ctx.em.find(
    OperatorAlert,
    { reseller: ctx.viewer!.resellerId, ...(includeDismissed ? {} : { resolvedAt: null }) },
    { orderBy: { lastSeenAt: 'desc', id: 'desc' } },
  );
}

/** Marks an alert of the viewer's company dealt with; the next occurrence reopens it. */
export async function dismissAlert(ctx: Ctx, id: number): Promise<OperatorAlert> {
  const alert = await ctx.em.findOne(OperatorAlert, { id, reseller: ctx.viewer!.resellerId });
  if (!alert) throw notFound('Alert');
  alert.resolvedAt ??= new Date();
  await ctx.em.flush();
  return alert;
}
