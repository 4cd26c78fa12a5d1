import { Entity, Enum, Filter, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { accountOwnedScope, SCOPE } from '../../db/scope';
import { Account } from '../accounts';
import { Reseller } from '../resellers';
import { WebSite } from '../web';
import { CertificateKind, CertificateSource, CertificateState, KeyType } from './enums';

/**
 * An SSL certificate (SSL-1..5): a site's, the shared wildcard, a control panel's or the mail
 * service's. Its private key is sealed (SecretBox) and never answered by the API; a signing
 * request made in the panel (REQUESTED) waits here, with its key, for the signed certificate.
 */
@ObjectType({ description: 'An SSL certificate; its private key is kept sealed and never shown.' })
@Entity({ tableName: 'certificate' })
@Filter({ name: SCOPE, default: true, cond: accountOwnedScope })
export class Certificate {
  [OptionalProps]?:
    | 'account'
    | 'site'
    | 'state'
    | 'issuer'
    | 'serial'
    | 'fingerprint'
    | 'notBefore'
    | 'notAfter'
    | 'certificatePem'
    | 'chainPem'
    | 'csrPem'
    | 'keyUploaded'
    | 'lastError'
    | 'lastErrorAt'
    | 'createdAt'
    | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Reseller, { deleteRule: 'cascade' })
  reseller!: Reseller;

  /** The account whose site it secures; null for the company's own (panel, wildcard, mail). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account: Account | null = null;

  @ManyToOne(() => WebSite, { nullable: true, deleteRule: 'cascade', index: true })
  site: WebSite | null = null;

  @Field(() => CertificateKind)
  @Enum({ items: () => CertificateKind, type: 'string' })
  kind!: CertificateKind;

  @Field(() => CertificateSource)
  @Enum({ items: () => CertificateSource, type: 'string' })
  source!: CertificateSource;

  @Field(() => CertificateState)
  @Enum({ items: () => CertificateState, type: 'string' })
  state: CertificateState = CertificateState.ACTIVE;

  @Field(() => [String], { description: 'The host names it is for (its subjectAltName DNS names).' })
  @Property({ type: 'json' })
  names!: string[];

  @Field(() => KeyType)
  @Enum({ items: () => KeyType, type: 'string' })
  keyType!: KeyType;

  @Field(() => String, { nullable: true, description: 'Who signed it (common name or organisation).' })
  @Property({ type: 'string', length: 300, nullable: true })
  issuer: string | null = null;

  @Field(() => String, { nullable: true, description: 'Serial number, hex.' })
  @Property({ type: 'string', length: 100, nullable: true })
  serial: string | null = null;

  @Field(() => String, { nullable: true, description: 'SHA-256 fingerprint, as browsers show it (AB:CD:…).' })
  @Property({ type: 'string', length: 100, nullable: true })
  fingerprint: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  notBefore: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true, index: true })
  notAfter: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The certificate, PEM (public).' })
  @Property({ type: 'text', nullable: true })
  certificatePem: string | null = null;

  @Field(() => String, { nullable: true, description: 'Its intermediates, PEM, from the one that signed it.' })
  @Property({ type: 'text', nullable: true })
  chainPem: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing request made in the panel, PEM, to give a certificate authority.',
  })
  @Property({ type: 'text', nullable: true })
  csrPem: string | null = null;

  /** The private key, PKCS#8 PEM, sealed. Never a GraphQL field. */
  @Property({ type: 'text' })
  sealedKey!: string;

  @Field(() => Boolean, { description: 'Whether the customer uploaded the key (else the panel made it).' })
  @Property({ type: 'boolean', default: false })
  keyUploaded: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the last issue or renewal over ACME failed (the authority’s words); null once it succeeds. A failed renewal leaves the certificate serving until it expires.',
  })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the last issue or renewal failed.' })
  @Property({ type: 'Date', nullable: true })
  lastErrorAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
