/** Boards shorten a link's visible URL ("https://jobs.acme.dev/senior-pro..."); its target is whole. */
export function fullUrl(shown: string, links: readonly { url: string }[]): string {
  const whole = links.find((l) => l.url.length > shown.length && l.url.startsWith(shown));
  return whole ? whole.url : shown;
}
