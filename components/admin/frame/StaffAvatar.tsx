import type { ServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { avatarInitials } from '@/lib/admin/avatarInitials'

/**
 * The signed-in staff member's initials in the admin's header, drawn here: Payload's default asks
 * Gravatar for a picture, a request to a service that is blocked or slow in mainland China.
 */
export function StaffAvatar({ user }: ServerProps) {
  const initials = isStaffUser(user) ? avatarInitials(user) : '?'
  return (
    <span
      aria-hidden="true"
      data-testid="staff-avatar"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 25,
        height: 25,
        borderRadius: '50%',
        background: 'var(--theme-elevation-800)',
        color: 'var(--theme-elevation-0)',
        fontSize: initials.length > 1 ? 10 : 12,
        fontWeight: 600,
        lineHeight: 1,
        letterSpacing: 0,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      {initials}
    </span>
  )
}
