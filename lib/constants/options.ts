/**
 * The values of every status and type select of the content model, defined once. Their labels, in the
 * four admin languages, live in `lib/constants/optionLabels.ts`.
 */
export const PROJECT_STAGES = ['planning', 'seeking-investment', 'under-construction', 'operating'] as const

export const COOPERATION_MODES = [
  'equity', 'joint-venture', 'land-transfer', 'lease', 'ppp', 'merchant-entry', 'cooperation',
] as const

export const AREA_UNITS = ['m2', 'mu', 'ha'] as const

export const FUND_TYPES = ['government-guidance', 'industry', 'venture', 'ecosystem'] as const

export const INVESTMENT_STAGES = ['seed', 'early', 'growth', 'mature'] as const

export const RCEP_SERVICE_TYPES = [
  'tax', 'customs', 'certificate-of-origin', 'trade-finance', 'legal', 'enterprise-services', 'e-commerce-supervision',
] as const

export const TALENT_CATEGORIES = [
  'subsidy', 'housing', 'startup-funding', 'residence-visa', 'children-education', 'talent-services', 'events',
] as const

export const TALENT_GROUPS = [
  'top-talent', 'phd', 'masters', 'overseas-returnee', 'foreign-expert', 'graduate', 'skilled-worker', 'startup-founder',
] as const

export const NEWS_CATEGORIES = ['milestone', 'investment', 'policy', 'success-story'] as const

export const ENQUIRY_TYPES = ['general', 'project', 'fund', 'rcep', 'talent', 'area'] as const

export const ENQUIRY_STATUSES = ['new', 'triaged', 'contacted', 'in-progress', 'won', 'lost', 'spam'] as const

/** The investor has not heard from an officer yet: past its due date, such an enquiry is overdue. */
export const AWAITING_REPLY_STATUSES = ['new', 'triaged'] as const satisfies readonly (typeof ENQUIRY_STATUSES)[number][]

/** Closed with an outcome: the investor's writing again reopens it, and it earns one follow-up e-mail. */
export const CLOSED_STATUSES = ['won', 'lost'] as const satisfies readonly (typeof ENQUIRY_STATUSES)[number][]

/** Open: the investor may still be waiting on us; neither closed with an outcome nor spam. */
export const OPEN_STATUSES = ['new', 'triaged', 'contacted', 'in-progress'] as const satisfies readonly (typeof ENQUIRY_STATUSES)[number][]

/** What an investor answers to the follow-up: did the bureau give them what they needed. */
export const SATISFACTION_ANSWERS = ['satisfied', 'not-satisfied'] as const
export type SatisfactionAnswer = (typeof SATISFACTION_ANSWERS)[number]

/** A message in the outbox: waiting (or being retried), delivered, or given up after too many attempts. */
/** Who wrote a message of an enquiry's thread after the enquiry itself. */
export const REPLY_SENDERS = ['officer', 'investor', 'partner'] as const

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed'] as const

/** Why a message was written: the submitter's confirmation, the officers' alert, an assignment, a reply, a reminder, a meeting… */
export const OUTBOX_KINDS = ['enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'enquiry-follow-up', 'enquiry-due-reminder', 'enquiry-unassigned', 'enquiry-overdue', 'partner-password-reset', 'meeting-booked', 'meeting-cancelled', 'partner-reply-notice', 'alert-confirmation', 'alert'] as const

/** How often a subscriber to alerts hears of new content: at once, or in one e-mail a week. */
export const ALERT_FREQUENCIES = ['instant', 'weekly'] as const
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number]

/** A subscription waits for its address to be confirmed, or is confirmed (and only then sent to); unsubscribing deletes it. */
export const ALERT_SUBSCRIBER_STATUSES = ['pending', 'confirmed'] as const
export type AlertSubscriberStatus = (typeof ALERT_SUBSCRIBER_STATUSES)[number]

/** How a meeting with an officer is held. */
export const MEETING_MODES = ['video', 'in-person'] as const
export type MeetingMode = (typeof MEETING_MODES)[number]

/** How long a meeting slot lasts, in minutes. */
export const MEETING_LENGTHS = ['30', '45', '60', '90'] as const

/** A booking holds its slot until one side cancels it. */
export const BOOKING_STATUSES = ['booked', 'cancelled'] as const

/** Statuses in which an enquiry takes no more meetings: it is closed, or was never a real one. */
export const NO_MEETING_STATUSES = ['won', 'lost', 'spam'] as const satisfies readonly (typeof ENQUIRY_STATUSES)[number][]

export type EnquiryType = (typeof ENQUIRY_TYPES)[number]
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number]
export type OutboxKind = (typeof OUTBOX_KINDS)[number]

/** How exactly a figure is known, as its source states it: "6%左右" is about, "1100亿元以上" more than. */
export const PRECISIONS = ['exact', 'about', 'moreThan', 'atLeast', 'nearly', 'upTo'] as const
export type Precision = (typeof PRECISIONS)[number]

/** Whether a figure's year is the year it was reached or a target year. */
export const PERIOD_KINDS = ['year', 'target'] as const
