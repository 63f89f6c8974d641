/** The shortest password a partner may choose; the form hints it, the server enforces it. */
export const PARTNER_PASSWORD_MIN_LENGTH = 10
