/**
 * The honeypot: a field people never see or fill, so any value in it marks a bot. In a module of its own so
 * that a form without the enquiry's schema (the alerts form) names it without bundling zod for the browser.
 */
export const HONEYPOT_FIELD = 'website'
