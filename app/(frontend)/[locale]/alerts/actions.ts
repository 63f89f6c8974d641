'use server'

import { headers } from 'next/headers'

import { type AlertFormState, alertFormValuesOf } from '@/lib/alerts/formState'
import { alertInputOf } from '@/lib/alerts/subscriptionSchema'
import { requestAlertSubscription } from '@/lib/alerts/subscriptions'
import { formActionArguments } from '@/lib/http/formActionArguments'
import { getPortalPayload } from '@/lib/payload'
import { clientIpOf } from '@/lib/runtime/clientIp'

/** The alerts form's submission: accepted → "check your inbox"; otherwise the form again, errors beside the fields, choices kept. */
export async function subscribeToAlerts(locale: string, _previous: AlertFormState, formData: FormData): Promise<AlertFormState> {
  const { locale: pageLocale } = formActionArguments(locale, formData)
  const values = alertFormValuesOf(formData)
  const result = await requestAlertSubscription({
    payload: await getPortalPayload(),
    input: alertInputOf(formData),
    locale: pageLocale,
    clientIp: clientIpOf(await headers()),
  })
  if (result.isAccepted) return { values, fieldErrors: {}, formError: null, sentTo: values.email.trim() }
  return { values, fieldErrors: result.fieldErrors, formError: result.formError, sentTo: null }
}
