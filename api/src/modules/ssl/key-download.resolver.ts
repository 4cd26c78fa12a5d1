import { Arg, Ctx as Context, ID, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { Ctx } from '../../graphql/context';
import { parseId } from '../../errors';
import type { KeyDownloadService } from './key-download';

/** A customer's uploaded private key, back to them with their password (a mutation: it is audited). */
@Resolver()
export class KeyDownloadResolver {
  constructor(private readonly api: { keyDownload: KeyDownloadService }) {}

  @Access('user')
  @Mutation(() => String, {
    description:
      'The private key of a certificate, PEM — only one you uploaded (the panel’s own keys never leave it), given your password again; audited.',
  })
  certificatePrivateKey(
    @Context() ctx: Ctx,
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
  ): Promise<string> {
    return this.api.keyDownload.privateKey(ctx, parseId(id), password);
  }
}
