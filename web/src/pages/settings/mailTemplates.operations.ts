import { graphql } from '../../graphql/generated';

/** The company's e-mails per language: the wording in effect, whether it is its own, its placeholders. */
export const MailTemplatesQuery = graphql(`
  query MailTemplates {
    mailTemplates {
      event
      language
      subject
      body
      overridden
      placeholders
      updatedAt
    }
  }
`);

/** A draft rendered with sample values and the company's signature; nothing is sent or saved. */
export const PreviewMailTemplateQuery = graphql(`
  query PreviewMailTemplate($input: MailTemplateInput!) {
    previewMailTemplate(input: $input) {
      subject
      body
      from
      replyTo
    }
  }
`);

export const SaveMailTemplateMutation = graphql(`
  mutation SaveMailTemplate($input: MailTemplateInput!) {
    saveMailTemplate(input: $input) {
      event
      language
      subject
      body
      overridden
      placeholders
      updatedAt
    }
  }
`);

export const ResetMailTemplateMutation = graphql(`
  mutation ResetMailTemplate($event: MailEvent!, $language: Language!) {
    resetMailTemplate(event: $event, language: $language) {
      event
      language
      subject
      body
      overridden
      placeholders
      updatedAt
    }
  }
`);

export const MailSenderQuery = graphql(`
  query MailSender {
    mailSender {
      senderName
      senderAddress
      effectiveName
      effectiveAddress
      replyTo
    }
  }
`);

export const UpdateMailSenderMutation = graphql(`
  mutation UpdateMailSender($input: MailSenderInput!) {
    updateMailSender(input: $input) {
      senderName
      senderAddress
      effectiveName
      effectiveAddress
      replyTo
    }
  }
`);
