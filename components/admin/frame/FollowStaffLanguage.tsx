'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect, useRef } from 'react'

import type { User } from '@/payload-types'

type Seen = { id: User['id']; language: User['adminLanguage'] | undefined } | null

/**
 * Wraps the admin: when a staff member signs in, or saves their account with another admin language, the
 * admin switches to that language with Payload's own switch (which sets its language cookie and draws the
 * page again). The sign-in's answer has set that cookie already (collections/Users/hooks/adminLanguage.ts),
 * but the frame around the page was drawn before, in the sign-in page's language. A page drawn for someone
 * already signed in keeps the language its cookie gave it.
 */
export function FollowStaffLanguage({ children }: { children?: ReactNode }) {
  const { user } = useAuth<User>()
  const { i18n, switchLanguage } = useTranslation()
  const seen = useRef<Seen | undefined>(undefined)
  const id = user?.id
  const wanted = user?.adminLanguage
  useEffect(() => {
    const before = seen.current
    const now: Seen = id === undefined ? null : { id, language: wanted }
    seen.current = now
    if (before === undefined || now === null || !wanted || !switchLanguage) return
    const isSignIn = before === null || before.id !== now.id
    const isChanged = !isSignIn && before.language !== wanted
    if ((isSignIn || isChanged) && wanted !== i18n.language) void switchLanguage(wanted)
  }, [id, wanted, i18n.language, switchLanguage])
  return children
}
