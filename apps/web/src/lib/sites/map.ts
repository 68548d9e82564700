/**
 * The optional site map. Pure functions (no Next, no Leaflet) so the proxy, the pages and the tests
 * share them. No tile server configured → no map: the pages keep working offline with the list.
 */

export interface MapConfig {
  /** An `{z}/{x}/{y}` template, e.g. https://tiles.example.org/{z}/{x}/{y}.png. */
  tileUrl: string;
  attribution: string | null;
}

/**
 * The CSP source for the tile server's images, or null if the template is not a usable http(s) URL
 * with {z}, {x} and {y}. A `{s}.` subdomain placeholder becomes a `*.` wildcard.
 */
export function tileSource(template: string | undefined | null): string | null {
  const value = template?.trim();
  if (!value || !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) return null;
  const wildcard = /^(https?:\/\/)\{s\}\./.exec(value);
  let url: URL;
  try {
    url = new URL(wildcard ? value.replace('{s}.', 'subdomain.') : value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || /[{}]/.test(url.host)) return null;
  return wildcard ? `${url.protocol}//*.${url.host.slice('subdomain.'.length)}` : url.origin;
}

/** The configured map, from VIGIL_MAP_TILE_URL and VIGIL_MAP_ATTRIBUTION (server side only). */
export function mapConfig(env: Record<string, string | undefined> = process.env): MapConfig | null {
  const tileUrl = env.VIGIL_MAP_TILE_URL?.trim();
  if (!tileUrl || tileSource(tileUrl) === null) return null;
  return { tileUrl, attribution: env.VIGIL_MAP_ATTRIBUTION?.trim() || null };
}

export interface SiteMarker {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * One marker per site whose coordinates the viewer was sent. The API sends them only to readers
 * with sites.read_exact_location; the rest get no latitude/longitude and so no marker.
 */
export function siteMarkers(
  sites: readonly { id: string; name: string; latitude?: number | null; longitude?: number | null }[],
): SiteMarker[] {
  return sites.flatMap((site) =>
    typeof site.latitude === 'number' &&
    typeof site.longitude === 'number' &&
    Number.isFinite(site.latitude) &&
    Number.isFinite(site.longitude)
      ? [{ id: site.id, name: site.name, latitude: site.latitude, longitude: site.longitude }]
      : [],
  );
}
