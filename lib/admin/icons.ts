/** The admin tab's icon: the bureau's mark (app/icon.svg, which Next serves at /icon.svg) rather than Payload's. */
export const ADMIN_ICONS = [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }]
