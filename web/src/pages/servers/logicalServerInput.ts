import type { CreateLogicalServerInput, UpdateLogicalServerInput } from '../../graphql/generated/graphql';
import type { LogicalServerValues } from './LogicalServerForm';

/** A new server sends only what was filled in: the API applies its defaults to the rest. */
export function createInput({ clearPassword: _, ...values }: LogicalServerValues): CreateLogicalServerInput {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as CreateLogicalServerInput;
}

/** An edit sends every field (an emptied limit means "no limit"), but the password only when typed or cleared. */
export function updateInput({
  kind: _,
  clearPassword,
  password,
  maxTasks,
  groupId,
  ...values
}: LogicalServerValues): UpdateLogicalServerInput {
  return {
    ...values,
    groupId: groupId ?? null,
    ...(maxTasks !== null && maxTasks !== undefined ? { maxTasks } : {}),
    ...(clearPassword ? { clearPassword: true } : password ? { password } : {}),
  };
}
