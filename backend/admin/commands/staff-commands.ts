import type { BackendContext } from '../../context.js';
import { MANAGER_PIN_MIN_DIGITS } from '../../staff/pin-policy.js';
import { required, type CliArgs } from '../cli-args.js';
import type { CommandResult } from '../cli-output.js';
import { listStaff, setStaffPin } from '../staff-admin.js';

/** `staff list [--store ID]`: who may sign in, with managers whose PIN should be renewed flagged. */
export async function staffList(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const staff = await listStaff(ctx, args.values.store);
  const lines = staff.map(
    (member) =>
      `${member.id.padEnd(12)} ${member.role.padEnd(8)} ${member.name}${member.disabled ? ' (disabled)' : ''}` +
      (member.pinNeedsRenewal
        ? `  ! PIN shorter than ${MANAGER_PIN_MIN_DIGITS} digits: set a new one (staff pin)`
        : ''),
  );
  return { json: { staff }, text: lines.length === 0 ? 'no staff' : lines.join('\n') };
}

/** `staff pin --id ID --pin N`: a new PIN, under the rules for new staff. */
export async function staffPin(ctx: BackendContext, args: CliArgs): Promise<CommandResult> {
  const member = await setStaffPin(ctx, required(args, 'id'), required(args, 'pin'));
  return { json: { staff: member }, text: `new PIN set for ${member.role} ${member.id} (${member.name})` };
}
