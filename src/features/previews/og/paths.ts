/** Social cards are 1200×630, the size Open Graph and X's large summary card expect. */
export const cardSize = { width: 1200, height: 630 } as const;

/** Page id (`stack/queues`, `index`) → its social card's address (`/og/stack/queues.png`). */
export const cardHref = (id: string) => `/og/${id}.png`;
