'use client';

import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import type { MapConfig, SiteMarker } from '@/lib/sites/map';

/**
 * A Leaflet map of the given markers on the collective's tile server. Leaflet and its CSS are
 * loaded here, on demand, so pages without a configured map never fetch them. Circle markers need
 * no icon images; each popup links to the site's page (built as DOM, never as HTML).
 */
export function SiteMap({ config, markers, label }: { config: MapConfig; markers: SiteMarker[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let map: LeafletMap | null = null;
    void (async () => {
      const [leaflet] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
      const L = leaflet.default;
      if (disposed || !container.current) return;
      const created = L.map(container.current, { scrollWheelZoom: false });
      map = created;
      L.tileLayer(config.tileUrl, { attribution: config.attribution ?? '', maxZoom: 19 }).addTo(created);
      const points = markers.map((marker) => {
        const link = document.createElement('a');
        link.href = `/sites/${marker.id}`;
        link.textContent = marker.name;
        L.circleMarker([marker.latitude, marker.longitude], { radius: 8 }).bindPopup(link).addTo(created);
        return L.latLng(marker.latitude, marker.longitude);
      });
      created.fitBounds(L.latLngBounds(points), { maxZoom: 15, padding: [24, 24] });
    })();
    return () => {
      disposed = true;
      map?.remove();
    };
  }, [config, markers]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      className="h-72 w-full rounded-lg border border-line sm:h-96"
      data-testid="site-map"
    />
  );
}
