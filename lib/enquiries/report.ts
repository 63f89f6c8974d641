import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import {
  ENQUIRY_STATUSES,
  ENQUIRY_TYPES,
  OPEN_STATUSES,
  type EnquiryStatus,
  type EnquiryType,
  SATISFACTION_ANSWERS,
  type SatisfactionAnswer,
} from '../constants/options'
import { OFFICE_TIME_ZONE } from '../dates/businessDays'

/** Where the officers' report lives in the admin (`/admin/enquiry-report`); the nav and the dashboard link to it. */
export const ENQUIRY_REPORT_PATH = '/enquiry-report'

const DAY_MS = 24 * 60 * 60 * 1000
const DEFAULT_WEEKS = 12
/** The longest period the report draws: two years of weekly columns. */
export const MAX_WEEKS = 104
/** At most this many officers are listed (staff accounts are a few dozen at most). */
const MAX_OFFICERS = 200
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A run of whole weeks, Monday to Sunday in the office's time zone (Qingdao has no daylight saving). */
export type ReportPeriod = {
  /** The Mondays of the weeks, as office dates `YYYY-MM-DD`, oldest first. */
  weeks: string[]
  /** The first Monday's midnight in the office, as an instant. */
  start: Date
  /** The midnight after the last Sunday, as an instant (exclusive). */
  end: Date
}

const officeDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE }).format(instant)
const officeMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`)
/** Dates are counted on a UTC calendar: only their year, month and day matter here. */
const calendarDay = (date: string) => new Date(`${date}T00:00:00Z`)
const dateOf = (day: Date) => day.toISOString().slice(0, 10)
const mondayOf = (date: string) => {
  const day = calendarDay(date)
  return dateOf(new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS))
}
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && !Number.isNaN(calendarDay(value).getTime())

/**
 * The weeks from the one holding `from` to the one holding `to` (office dates); by default the last 12
 * weeks, this one included. Invalid or reversed dates fall back to the default; at most MAX_WEEKS weeks,
 * the latest ones.
 */
export function reportPeriod({ from, to, now }: { from?: unknown; to?: unknown; now: Date }): ReportPeriod {
  const lastMonday = mondayOf(isDate(to) ? to : officeDate(now))
  const defaultFirst = dateOf(new Date(calendarDay(lastMonday).getTime() - (DEFAULT_WEEKS - 1) * 7 * DAY_MS))
  let firstMonday = isDate(from) ? mondayOf(from) : defaultFirst
  if (firstMonday > lastMonday) firstMonday = defaultFirst
  const earliest = dateOf(new Date(calendarDay(lastMonday).getTime() - (MAX_WEEKS - 1) * 7 * DAY_MS))
  if (firstMonday < earliest) firstMonday = earliest
  const weeks: string[] = []
  for (let day = calendarDay(firstMonday); dateOf(day) <= lastMonday; day = new Date(day.getTime() + 7 * DAY_MS)) weeks.push(dateOf(day))
  const end = new Date(officeMidnight(lastMonday).getTime() + 7 * DAY_MS)
  return { weeks, start: officeMidnight(firstMonday), end }
}

/** The last day of a period, for the form's "to" field. */
export const lastDayOf = (period: ReportPeriod) => officeDate(new Date(period.end.getTime() - DAY_MS))

export type WeeklyCounts<K extends string> = { key: K; counts: number[] }[]

export type Officer = { id: number; name: string | null; email: string; languages: string[]; open: number }

export type EnquiryReport = {
  period: ReportPeriod
  /** Enquiries that arrived each week, spam left out, by type (every type, in the select's order). */
  byType: WeeklyCounts<EnquiryType>
  /** The same by country code, most frequent first; an enquiry without a country under ''. */
  byCountry: WeeklyCounts<string>
  /** Every enquiry that arrived each week, spam included, by its status now. */
  byStatus: WeeklyCounts<EnquiryStatus>
  /** Of the enquiries (not spam) whose reply deadline fell in the period and has passed, how many were answered by it. */
  onTime: { answered: number; due: number }
  /** Median time from arrival to first response, of the enquiries first answered in the period. */
  firstResponse: { medianMs: number | null; count: number }
  /** Open enquiries now, per officer, and the unassigned ones. */
  openByOfficer: Officer[]
  openUnassigned: number
  /** The answers to the follow-ups sent in the period; `none` for no answer yet. */
  satisfaction: Record<SatisfactionAnswer | 'none', number>
}

type Db = PostgresAdapter['drizzle']
const dbOf = (payload: Payload): Db => (payload.db as unknown as PostgresAdapter).drizzle

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)).rows as T[]
}

const openStatusList = () => sql.join(OPEN_STATUSES.map((status) => sql`${status}`), sql`, `)

/** Rows of (week, key, n) into one count per week for each key, in `keys` order. */
function weekly<K extends string>(period: ReportPeriod, keys: readonly K[], found: { week: string; key: K; n: number }[]): WeeklyCounts<K> {
  const byKey = new Map(keys.map((key) => [key, period.weeks.map(() => 0)]))
  for (const row of found) {
    const index = period.weeks.indexOf(row.week)
    const counts = byKey.get(row.key)
    if (index >= 0 && counts) counts[index] += row.n
  }
  return keys.map((key) => ({ key, counts: byKey.get(key) as number[] }))
}

async function countByWeek(db: Db, period: ReportPeriod, column: 'type' | 'status' | 'country', withSpam: boolean) {
  const key = sql.raw(`coalesce("${column}"::text, '')`)
  return rows<{ week: string; key: string; n: number }>(
    db,
    sql`
      select to_char(date_trunc('week', created_at at time zone ${OFFICE_TIME_ZONE}), 'YYYY-MM-DD') as week, ${key} as key, count(*)::int as n
      from enquiries
      where created_at >= ${period.start.toISOString()}::timestamptz and created_at < ${period.end.toISOString()}::timestamptz
        and (${withSpam} or status <> 'spam')
      group by 1, 2`,
  )
}

/**
 * Officers and admins (who can be assigned an enquiry) with their languages and how many open enquiries
 * each has now. One grouped statement; at most MAX_OFFICERS accounts, by name.
 */
export async function loadAssignees(payload: Payload): Promise<Officer[]> {
  const found = await rows<{ id: number; name: string | null; email: string; languages: string[] | null; open: number }>(
    dbOf(payload),
    sql`
      select u.id, u.name, u.email,
        array(select l.value::text from users_languages l where l.parent_id = u.id order by l."order") as languages,
        (select count(*) from enquiries e where e.assignee_id = u.id and e.status in (${openStatusList()}))::int as open
      from users u
      where exists (select 1 from users_roles r where r.parent_id = u.id and r.value in ('officer', 'admin'))
      order by coalesce(nullif(u.name, ''), u.email), u.id
      limit ${MAX_OFFICERS}`,
  )
  return found.map((row) => ({ ...row, languages: row.languages ?? [] }))
}

/**
 * The officers' report, computed in PostgreSQL: every statement groups or aggregates, so what is read
 * is bounded by the period's weeks times the codes (types, statuses, two-letter countries) and by
 * MAX_OFFICERS, never by the number of enquiries. Callers check that the reader is an officer or admin.
 */
export async function loadEnquiryReport({ payload, period, now }: { payload: Payload; period: ReportPeriod; now: Date }): Promise<EnquiryReport> {
  const db = dbOf(payload)
  const start = period.start.toISOString()
  const end = period.end.toISOString()
  const dueUntil = new Date(Math.min(period.end.getTime(), now.getTime())).toISOString()
  const [types, statuses, countries, [onTime], [firstResponse], officers, [unassigned], answers] = await Promise.all([
    countByWeek(db, period, 'type', false),
    countByWeek(db, period, 'status', true),
    countByWeek(db, period, 'country', false),
    rows<{ answered: number; due: number }>(
      db,
      sql`
        select count(*) filter (where first_responded_at is not null and first_responded_at <= due_at)::int as answered, count(*)::int as due
        from enquiries
        where due_at >= ${start}::timestamptz and due_at < ${dueUntil}::timestamptz and status <> 'spam'`,
    ),
    rows<{ median_s: number | null; count: number }>(
      db,
      sql`
        select percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at))::float8 as median_s, count(*)::int as count
        from enquiries
        where first_responded_at >= ${start}::timestamptz and first_responded_at < ${end}::timestamptz and status <> 'spam'`,
    ),
    loadAssignees(payload),
    rows<{ n: number }>(db, sql`select count(*)::int as n from enquiries where assignee_id is null and status in (${openStatusList()})`),
    rows<{ answer: string | null; n: number }>(
      db,
      sql`
        select satisfaction::text as answer, count(*)::int as n
        from enquiries
        where follow_up_sent_at >= ${start}::timestamptz and follow_up_sent_at < ${end}::timestamptz
        group by 1`,
    ),
  ])
  const countryTotals = new Map<string, number>()
  for (const row of countries) countryTotals.set(row.key, (countryTotals.get(row.key) ?? 0) + row.n)
  const countryKeys = [...countryTotals.keys()].sort((a, b) => countryTotals.get(b)! - countryTotals.get(a)! || a.localeCompare(b))
  const satisfaction = Object.fromEntries([...SATISFACTION_ANSWERS, 'none'].map((answer) => [answer, 0])) as EnquiryReport['satisfaction']
  for (const row of answers) satisfaction[(row.answer ?? 'none') as SatisfactionAnswer | 'none'] += row.n
  return {
    period,
    byType: weekly(period, ENQUIRY_TYPES, types as { week: string; key: EnquiryType; n: number }[]),
    byCountry: weekly(period, countryKeys, countries),
    byStatus: weekly(period, ENQUIRY_STATUSES, statuses as { week: string; key: EnquiryStatus; n: number }[]),
    onTime: onTime ?? { answered: 0, due: 0 },
    firstResponse: { medianMs: firstResponse?.median_s == null ? null : firstResponse.median_s * 1000, count: firstResponse?.count ?? 0 },
    openByOfficer: officers,
    openUnassigned: unassigned?.n ?? 0,
    satisfaction,
  }
}
