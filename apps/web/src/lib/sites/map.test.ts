import { mapConfig, siteMarkers, tileSource } from './map';

describe('tileSource (the CSP img-src for the tile server)', () => {
  it('is the origin of a {z}/{x}/{y} template', () => {
    expect(tileSource('https://tiles.example.org/osm/{z}/{x}/{y}.png')).toBe('https://tiles.example.org');
    expect(tileSource('http://10.0.0.5:8080/{z}/{x}/{y}.png?key=1')).toBe('http://10.0.0.5:8080');
  });

  it('turns a {s}. subdomain placeholder into a wildcard', () => {
    expect(tileSource('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.org');
  });

  it('is null when not configured or not a usable tile URL', () => {
    expect(tileSource(undefined)).toBeNull();
    expect(tileSource('   ')).toBeNull();
    expect(tileSource('https://tiles.example.org/map.png')).toBeNull();
    expect(tileSource('javascript:alert(1)//{z}/{x}/{y}')).toBeNull();
    expect(tileSource('ftp://tiles.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource('https://user:pw@tiles.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileSource("https://tiles.example.org; script-src *'/{z}/{x}/{y}")).toBeNull();
    expect(tileSource('https://{z}.example.org/{x}/{y}')).toBeNull();
  });
});

describe('mapConfig', () => {
  it('is null without a tile URL or with an unusable one', () => {
    expect(mapConfig({})).toBeNull();
    expect(mapConfig({ VIGIL_MAP_TILE_URL: 'not a url {z}{x}{y}' })).toBeNull();
  });

  it('carries the template and the optional attribution', () => {
    const url = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(mapConfig({ VIGIL_MAP_TILE_URL: url })).toEqual({ tileUrl: url, attribution: null });
    expect(mapConfig({ VIGIL_MAP_TILE_URL: url, VIGIL_MAP_ATTRIBUTION: '© OSM' })).toEqual({
      tileUrl: url,
      attribution: '© OSM',
    });
  });
});

describe('siteMarkers', () => {
  it('places only sites whose coordinates were sent', () => {
    const sites = [
      { id: 'a', name: 'Exact', latitude: 50.95, longitude: 1.86 },
      // A volunteer's view: the API leaves the fields out.
      { id: 'b', name: 'Commune only' },
      { id: 'c', name: 'No coordinates recorded', latitude: null, longitude: null },
      { id: 'd', name: 'Half', latitude: 51.0, longitude: null },
      { id: 'e', name: 'Zero is a place', latitude: 0, longitude: 0 },
    ];
    expect(siteMarkers(sites)).toEqual([
      { id: 'a', name: 'Exact', latitude: 50.95, longitude: 1.86 },
      { id: 'e', name: 'Zero is a place', latitude: 0, longitude: 0 },
    ]);
  });
});
