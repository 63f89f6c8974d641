import en from '../../messages/en.json'
import ja from '../../messages/ja.json'
import ko from '../../messages/ko.json'
import zh from '../../messages/zh.json'
import type { MessageKeys, NestedKeyOf } from 'next-intl'

import type { Locale } from './locales'

/** What every messages file holds: the default locale's keys (tests/int check that the four files have the same). */
export type Messages = typeof zh

/** Every locale's messages, for texts made outside a page render (e-mails, server actions' services). */
export const MESSAGES: Record<Locale, Messages> = { zh, en, ja, ko }

/** The key of one message (not of a group of them), for code that chooses which message a page shows. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>
