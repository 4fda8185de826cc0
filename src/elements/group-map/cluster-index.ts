/**
 * Clusters for the map, worked out one zoom level at a time, only when that
 * level is first shown. supercluster builds every level from the finest up
 * before the first marker can be drawn, and with 10,000 places the finest
 * levels (where almost nothing clusters) are most of the map's first render.
 * Here each level is built straight from the sites with a grid, in a few
 * milliseconds, so the first view costs two levels: the placeholder view and
 * the fitted one. No DOM: plain numbers in, plain numbers out.
 */

/** A site to cluster: where it is and how many groups it stands for. */
export interface ClusterInput {
  readonly latitude: number;
  readonly longitude: number;
  readonly count: number;
}

/** What to draw at one zoom: a cluster of sites, or one site on its own. */
export type ClusterFeature =
  | {
      readonly kind: 'cluster';
      readonly id: number;
      readonly count: number;
      readonly latitude: number;
      readonly longitude: number;
    }
  | { readonly kind: 'site'; readonly site: number; readonly latitude: number; readonly longitude: number };

export interface ClusterIndexOptions {
  /** How close, in screen pixels, sites must be to gather into one cluster. */
  readonly radius: number;
  /** The last zoom that clusters: one zoom further, every site shows on its own. */
  readonly maxZoom: number;
}

/** One zoom level: which cluster (or -1, alone) each site is in, and the clusters. */
interface Level {
  readonly owner: Int32Array;
  readonly clusters: readonly LevelCluster[];
  /** Sites on their own at this level, in input order. */
  readonly alone: readonly number[];
}

interface LevelCluster {
  readonly x: number;
  readonly y: number;
  readonly count: number;
  readonly sites: readonly number[];
}

/** Zoom levels fit in 5 bits of a cluster id, as in supercluster. */
const ZOOM_BITS = 32;
/** Grid cells per axis stay below this at any zoom we cluster, so one number keys a cell. */
const CELL_STEPS = 2 ** 22;
const TILE = 256;

function lngX(longitude: number): number {
  return longitude / 360 + 0.5;
}

function latY(latitude: number): number {
  const sin = Math.sin((latitude * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

function xLng(x: number): number {
  return (x - 0.5) * 360;
}

function yLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}

export class ClusterIndex {
  readonly #radius: number;
  readonly #maxZoom: number;
  readonly #x: Float64Array;
  readonly #y: Float64Array;
  readonly #count: Float64Array;
  readonly #latitude: Float64Array;
  readonly #longitude: Float64Array;
  readonly #levels = new Map<number, Level>();

  constructor(sites: readonly ClusterInput[], options: ClusterIndexOptions) {
    this.#radius = options.radius;
    this.#maxZoom = Math.min(Math.max(0, Math.floor(options.maxZoom)), ZOOM_BITS - 2);
    const n = sites.length;
    this.#x = new Float64Array(n);
    this.#y = new Float64Array(n);
    this.#count = new Float64Array(n);
    this.#latitude = new Float64Array(n);
    this.#longitude = new Float64Array(n);
    sites.forEach((site, i) => {
      this.#x[i] = lngX(site.longitude);
      this.#y[i] = latY(site.latitude);
      this.#count[i] = site.count;
      this.#latitude[i] = site.latitude;
      this.#longitude[i] = site.longitude;
    });
  }

  /** Whether a zoom level has been worked out yet (for tests: the first view builds only what it shows). */
  built(zoom: number): boolean {
    return this.#levels.has(this.#zoom(zoom));
  }

  /** The clusters and lone sites inside [west, south, east, north] at a zoom. */
  getClusters(bbox: readonly [number, number, number, number], zoom: number): ClusterFeature[] {
    const z = this.#zoom(zoom);
    const level = this.#level(z);
    const minX = lngX(bbox[0]);
    const maxX = lngX(bbox[2]);
    const minY = latY(bbox[3]);
    const maxY = latY(bbox[1]);
    const inside = (x: number, y: number): boolean => x >= minX && x <= maxX && y >= minY && y <= maxY;
    const features: ClusterFeature[] = [];
    level.clusters.forEach((cluster, i) => {
      if (!inside(cluster.x, cluster.y)) return;
      features.push({
        kind: 'cluster',
        id: i * ZOOM_BITS + z,
        count: cluster.count,
        latitude: yLat(cluster.y),
        longitude: xLng(cluster.x),
      });
    });
    for (const site of level.alone) {
      if (!inside(this.#x[site] ?? 0, this.#y[site] ?? 0)) continue;
      features.push({ kind: 'site', site, latitude: this.#latitude[site] ?? 0, longitude: this.#longitude[site] ?? 0 });
    }
    return features;
  }

  /** The sites in a cluster, the first `limit` of them in input order. */
  getLeaves(clusterId: number, limit = Infinity): number[] {
    return this.#cluster(clusterId)?.sites.slice(0, limit) ?? [];
  }

  /** The first zoom at which a cluster's sites no longer all share one marker. */
  getClusterExpansionZoom(clusterId: number): number {
    const found = this.#cluster(clusterId);
    const from = clusterId % ZOOM_BITS;
    if (!found) return from + 1;
    const first = found.sites[0] ?? 0;
    for (let z = from + 1; z <= this.#maxZoom; z++) {
      const owner = this.#level(z).owner;
      const at = owner[first] ?? -1;
      if (at < 0 || found.sites.some((site) => owner[site] !== at)) return z;
    }
    return this.#maxZoom + 1;
  }

  /** Whether a site shows as its own marker at a zoom. */
  isAlone(site: number, zoom: number): boolean {
    const z = this.#zoom(zoom);
    if (z > this.#maxZoom) return site >= 0 && site < this.#x.length;
    return this.#level(z).owner[site] === -1;
  }

  #zoom(zoom: number): number {
    return Math.min(Math.max(0, Math.round(zoom)), this.#maxZoom + 1);
  }

  #cluster(clusterId: number): LevelCluster | undefined {
    const z = clusterId % ZOOM_BITS;
    if (!Number.isInteger(clusterId) || clusterId < 0 || z > this.#maxZoom) return undefined;
    return this.#level(z).clusters[Math.floor(clusterId / ZOOM_BITS)];
  }

  #level(z: number): Level {
    const cached = this.#levels.get(z);
    if (cached) return cached;
    const level = z > this.#maxZoom ? this.#unclustered() : this.#clustered(z);
    this.#levels.set(z, level);
    return level;
  }

  #unclustered(): Level {
    const n = this.#x.length;
    return { owner: new Int32Array(n).fill(-1), clusters: [], alone: Array.from({ length: n }, (_, i) => i) };
  }

  /**
   * Greedy, as supercluster's: each site not yet taken gathers every untaken site within
   * the radius of it, found through a grid of cells one radius wide (so only the 3 x 3
   * cells around it are looked at), and the cluster sits at their weighted middle.
   */
  #clustered(z: number): Level {
    const n = this.#x.length;
    const r = this.#radius / (TILE * 2 ** z);
    const r2 = r * r;
    const xs = this.#x;
    const ys = this.#y;
    const cellOf = new Float64Array(n);
    const cells = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const key = Math.floor((xs[i] ?? 0) / r) * CELL_STEPS + Math.floor((ys[i] ?? 0) / r);
      cellOf[i] = key;
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
    const owner = new Int32Array(n).fill(-2);
    const clusters: LevelCluster[] = [];
    const alone: number[] = [];
    const near: number[] = [];
    for (let i = 0; i < n; i++) {
      if (owner[i] !== -2) continue;
      const x = xs[i] ?? 0;
      const y = ys[i] ?? 0;
      const key = cellOf[i] ?? 0;
      near.length = 0;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const cell = cells.get(key + dx * CELL_STEPS + dy);
          if (!cell) continue;
          for (const j of cell) {
            if (j === i || owner[j] !== -2) continue;
            const ex = (xs[j] ?? 0) - x;
            const ey = (ys[j] ?? 0) - y;
            if (ex * ex + ey * ey <= r2) near.push(j);
          }
        }
      }
      if (near.length === 0) {
        owner[i] = -1;
        alone.push(i);
        continue;
      }
      const id = clusters.length;
      const sites = [i, ...near].sort((a, b) => a - b);
      let count = 0;
      let wx = 0;
      let wy = 0;
      for (const site of sites) {
        owner[site] = id;
        const weight = this.#count[site] ?? 0;
        count += weight;
        wx += (xs[site] ?? 0) * weight;
        wy += (ys[site] ?? 0) * weight;
      }
      clusters.push({ x: wx / count, y: wy / count, count, sites });
    }
    return { owner, clusters, alone };
  }
}
