import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Messages';
import { Card, LoadError, Loading } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import type { MailSenderQuery as Sender } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { MailSenderQuery, UpdateMailSenderMutation } from './mailTemplates.operations';

const FIELDS = ['senderName', 'senderAddress'] as const;

/** Admin: who the company's e-mail comes from (`mail-sender-*`); empty fields go back to the defaults. */
export function MailSenderCard() {
  const t = useT();
  const query = useQuery(MailSenderQuery);
  const sender = query.data?.mailSender;
  return (
    <Card title={t('mail.sender.title')} className="max-w-2xl" testId="mail-sender">
      {sender ? (
        <MailSenderForm sender={sender} />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}

function MailSenderForm({ sender }: { sender: Sender['mailSender'] }) {
  const t = useT();
  const [form, setForm] = useState({ senderName: sender.senderName ?? '', senderAddress: sender.senderAddress ?? '' });
  const [shown, setShown] = useState(sender);
  const [update] = useMutation(UpdateMailSenderMutation, { refetchQueries: ['PreviewMailTemplate'] });
  const { errors, busy, run } = useFormSubmit(FIELDS);
  const [notice, setNotice] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const ok = await run(async () => {
      const saved = (await update({ variables: { input: form } })).data?.updateMailSender;
      if (saved) {
        setShown(saved);
        setForm({ senderName: saved.senderName ?? '', senderAddress: saved.senderAddress ?? '' });
      }
    });
    if (ok) setNotice(t('mail.sender.saved'));
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-5">
      <p className="text-sm text-muted">{t('mail.sender.intro')}</p>
      <Notice message={notice} />
      <FormError message={errors.general} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="senderName"
          testId="mail-sender-name"
          label={t('mail.sender.name')}
          hint={t('mail.sender.nameHint', { name: shown.effectiveName })}
          value={form.senderName}
          maxLength={100}
          onChange={(e) => setForm((f) => ({ ...f, senderName: e.target.value }))}
          error={errors.fields.senderName}
        />
        <TextField
          name="senderAddress"
          testId="mail-sender-address"
          type="email"
          label={t('mail.sender.address')}
          hint={t('mail.sender.addressHint', { address: shown.effectiveAddress })}
          value={form.senderAddress}
          onChange={(e) => setForm((f) => ({ ...f, senderAddress: e.target.value }))}
          error={errors.fields.senderAddress}
        />
      </div>
      <p className="text-sm text-muted" data-test-id="mail-sender-reply-to">
        {shown.replyTo ? t('mail.sender.replyTo', { address: shown.replyTo }) : t('mail.sender.noReplyTo')}
      </p>
      <button type="submit" data-test-id="mail-sender-save" className="btn btn-primary" disabled={busy}>
        {t('mail.sender.save')}
      </button>
    </form>
  );
}
