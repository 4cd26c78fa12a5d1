import { reportOutcome } from '../../components/PageMessages';
import { useMutation } from '@apollo/client';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { IpAddressesQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/I18nProvider';
import { DeleteIpAddressMutation, ReleaseIpMutation } from './servers.operations';

type Ip = IpAddressesQuery['ipAddresses']['nodes'][number];

interface IpActionsProps {
  ip: Ip;
  onDone(message: string): void;
  onError(error: unknown): void;
}

/** Release an allocated address back to the pool; delete an address from its server. */
export function IpActions({ ip, onDone, onError }: IpActionsProps) {
  const t = useT();
  const [release, releasing] = useMutation(ReleaseIpMutation, {
    refetchQueries: ['IpAddresses'],
    awaitRefetchQueries: true,
  });
  const [remove, removing] = useMutation(DeleteIpAddressMutation, {
    refetchQueries: ['IpAddresses'],
    awaitRefetchQueries: true,
  });
  const busy = releasing.loading || removing.loading;

  const act = (action: () => Promise<unknown>, message: string) => reportOutcome({ onDone, onError }, action, message);

  return (
    <div className="flex flex-wrap justify-end gap-2">
      {ip.account ? (
        <button
          type="button"
          data-test-id="ip-release"
          className="btn btn-secondary btn-sm"
          disabled={busy}
          onClick={() =>
            void act(() => release({ variables: { id: ip.id } }), t('ips.released', { address: ip.address }))
          }
        >
          {t('ips.release')}
        </button>
      ) : null}
      <ConfirmButton
        testId="ip-delete"
        label={t('common.delete')}
        question={t('ips.deleteQuestion', { address: ip.address })}
        busy={busy}
        onConfirm={() => act(() => remove({ variables: { id: ip.id } }), t('ips.deleted', { address: ip.address }))}
      />
    </div>
  );
}
