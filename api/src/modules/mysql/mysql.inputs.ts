import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new MySQL database. Its full name on the server is `a<accountId>_<name>`.' })
export class CreateMysqlDatabaseInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The account to create it in (one you own or manage); default: your active account.',
  })
  accountId?: string | null;

  @Field(() => String, {
    description:
      '1–16 characters: a lowercase letter, then lowercase letters, digits and underscores. Reserved: mysql, sys, test, root, admin…',
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'utf8mb4 (default), utf8mb3, latin1, ascii or binary; the charset’s default collation is used.',
  })
  charset?: string | null;
}

@InputType({ description: 'A new MySQL login. Its full name on the server is `a<accountId>_<name>`.' })
export class CreateMysqlUserInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The account to create it in (one you own or manage); default: your active account.',
  })
  accountId?: string | null;

  @Field(() => String, {
    description: '1–16 characters: a lowercase letter, then lowercase letters, digits and underscores.',
  })
  name!: string;

  @Field(() => String, {
    description: '8–128 printable ASCII characters; quotes, semicolons and backslashes are fine and kept literally.',
  })
  password!: string;
}
