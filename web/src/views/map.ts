/**
 * Offline map: country shapes from world-atlas (shipped in web/dist), projected with d3-geo into SVG.
 * No tiles, no network beyond this server.
 */
import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EntityRecord, EventRecord } from '../../../src/api/types.js';
import { api } from '../api.js';
import { h, svg } from '../dom.js';
import { eventTypeLabel, countOf, t } from '../i18n.js';
import { coreExtent, placeLabels } from '../labels.js';
import { errorBox, pageHeader } from '../ui.js';

let world: Promise<GeoPermissibleObjects> | null = null;

function loadWorld(): Promise<GeoPermissibleObjects> {
  world ??= fetch('/world-110m.json')
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries));
  return world;
}

interface Spot {
  lon: number;
  lat: number;
  name: string;
  events: EventRecord[];
  place: boolean;
  /** Articles mentioning the place: the order labels are placed in after events. */
  weight: number;
}

export async function mapView(root: HTMLElement): Promise<void> {
  root.append(pageHeader(t('navMap'), h('p', { class: 'muted' }, t('mapNote'))));
  try {
    const [countries, events, gpes, locs] = await Promise.all([
      loadWorld(),
      api.events({ limit: 500 }),
      api.entities({ type: 'GPE', limit: 300 }),
      api.entities({ type: 'LOC', limit: 300 }),
    ]);
    const spots = new Map<string, Spot>();
    const keyOf = (lon: number, lat: number): string => `${lon.toFixed(2)},${lat.toFixed(2)}`;
    const places: EntityRecord[] = [...gpes.items, ...locs.items];
    for (const p of places) {
      if (p.lat === null || p.lon === null) continue;
      spots.set(keyOf(p.lon, p.lat), {
        lon: p.lon,
        lat: p.lat,
        name: p.name,
        events: [],
        place: true,
        weight: p.article_count,
      });
    }
    for (const ev of events.items) {
      const { lat = null, lon = null, name = '' } = ev.place ?? {};
      if (lat === null || lon === null) continue;
      const k = keyOf(lon, lat);
      const spot = spots.get(k) ?? { lon, lat, name, events: [], place: false, weight: 0 };
      spot.events.push(ev);
      spots.set(k, spot);
    }
    const pts = [...spots.values()];
    // Drawn at the size it is shown: a 960-unit map shrunk onto a phone made 5 px labels. Narrow
    // screens get a taller frame, closer to a phone's shape.
    const shown = root.clientWidth - 48;
    const narrow = shown > 0 && shown < 700;
    const draw = (whole: boolean): SVGElement => {
      const width = narrow ? Math.max(280, Math.round(shown)) : 960;
      const height = narrow ? Math.round(width * 1.15) : 520;
      const projection = geoEquirectangular();
      const allPoints = pts.map((p) => ({ lon: p.lon, lat: p.lat, weight: 1 }));
      const eventPoints = pts.map((p) => ({
        lon: p.lon,
        lat: p.lat,
        weight: p.events.length || p.weight / 10,
      }));
      const extent = whole ? coreExtent(allPoints, 1, 8, 0) : coreExtent(eventPoints);
      if (extent) {
        const box = {
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'MultiPoint' as const, coordinates: extent },
        };
        projection.fitExtent(
          [
            [10, 10],
            [width - 10, height - 10],
          ],
          box,
        );
      } else {
        projection.fitSize([width, height], countries);
      }
      const path = geoPath(projection);
      const maxEvents = Math.max(1, ...pts.map((p) => p.events.length));
      // Most events first, then the places the corpus mentions most: they get labels first.
      const drawn = pts
        .sort((a, b) => b.events.length - a.events.length || b.weight - a.weight)
        .flatMap((p) => {
          const xy = projection([p.lon, p.lat]);
          if (!xy) return [];
          const r =
            (p.events.length ? 5 + 12 * Math.sqrt(p.events.length / maxEvents) : 4) * (narrow ? 0.7 : 1);
          return [{ p, xy, r }];
        });
      const labelled = placeLabels(
        drawn.map(({ p, xy, r }) => ({ x: xy[0], y: xy[1], r, text: p.name })),
        12,
        width,
        height,
      );
      return svg(
        'svg',
        {
          viewBox: `0 0 ${width} ${height}`,
          class: 'map',
          role: 'img',
          'aria-label': t('navMap'),
          id: 'map',
        },
        svg('rect', { x: 0, y: 0, width, height, class: 'sea' }),
        svg('path', { d: path(countries) ?? '', class: 'land' }),
        drawn.map(({ p, xy, r }) => {
          const label = [
            p.name,
            p.events.length ? countOf('event', p.events.length) : '',
            ...p.events.slice(0, 6).map((e) => `• ${eventTypeLabel(e.type)} — ${e.title}`),
          ]
            .filter(Boolean)
            .join('\n');
          return svg(
            'g',
            {
              class: p.events.length ? 'spot has-events' : 'spot',
              transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`,
            },
            svg('title', {}, label),
            svg('circle', { r: r.toFixed(1) }),
          );
        }),
        // Labels above every circle, so a big circle drawn later never hides a name.
        svg(
          'g',
          { class: 'labels', 'aria-hidden': 'true' },
          drawn.map(({ p, xy, r }, i) =>
            labelled[i]
              ? svg(
                  'text',
                  { x: xy[0].toFixed(1), y: (xy[1] - r - 4).toFixed(1), 'text-anchor': 'middle' },
                  p.name,
                )
              : null,
          ),
        ),
      );
    };
    const eventCount = pts.reduce((n, p) => n + p.events.length, 0);
    // Opens where the events are; one button shows the whole world and back.
    let whole = false;
    const card = h('div', { class: 'card map-card' }, draw(whole));
    const toggle = h(
      'button',
      {
        type: 'button',
        id: 'map-extent',
        onclick: () => {
          whole = !whole;
          card.replaceChildren(draw(whole));
          toggle.textContent = whole ? t('mapFocus') : t('mapWorld');
        },
      },
      t('mapWorld'),
    );
    root.append(
      h('div', { class: 'map-tools' }, toggle),
      card,
      h(
        'p',
        { class: 'count' },
        `${countOf('event', eventCount)} · ${countOf('place', pts.filter((p) => p.place).length)}`,
      ),
    );
  } catch (e) {
    root.append(errorBox(e));
  }
}
