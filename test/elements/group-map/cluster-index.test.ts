import { expect } from '@open-wc/testing';
import { ClusterIndex, type ClusterFeature, type ClusterInput } from '../../../src/elements/group-map/cluster-index.js';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const RADIUS = 72;

/** A deterministic scatter of sites around Mansfield, denser near the middle. */
function scatter(count: number): ClusterInput[] {
  let state = 7;
  const next = (): number => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const spread = 0.01 + next() * 0.2;
    const angle = next() * Math.PI * 2;
    return {
      latitude: 53.14 + Math.sin(angle) * spread * 0.6,
      longitude: -1.2 + Math.cos(angle) * spread,
      count: 1 + Math.floor(next() * 3),
    };
  });
}

/** Where a point is on the screen at a zoom, in pixels (Web Mercator, 256 px tiles). */
function pixels(latitude: number, longitude: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((latitude * Math.PI) / 180);
  return [(longitude / 360 + 0.5) * size, (0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI) * size];
}

function sitesIn(index: ClusterIndex, feature: ClusterFeature): number[] {
  return feature.kind === 'cluster' ? index.getLeaves(feature.id) : [feature.site];
}

describe('the map clusterer', () => {
  const sites = scatter(600);
  const total = sites.reduce((sum, s) => sum + s.count, 0);

  it('shows every site exactly once at every zoom, with every group counted', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    for (let zoom = 0; zoom <= 18; zoom++) {
      const features = index.getClusters(WORLD, zoom);
      const seen = features.flatMap((f) => sitesIn(index, f)).sort((a, b) => a - b);
      expect(seen, `zoom ${zoom}`).to.deep.equal(sites.map((_, i) => i));
      const counted = features.reduce((sum, f) => sum + (f.kind === 'cluster' ? f.count : sites[f.site]!.count), 0);
      expect(counted, `zoom ${zoom}`).to.equal(total);
    }
  });

  it('gathers everything close together at a low zoom and nothing beyond the last clustering zoom', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    const far = index.getClusters(WORLD, 3);
    expect(far).to.have.length(1);
    expect(far[0]).to.include({ kind: 'cluster', count: total });
    const near = index.getClusters(WORLD, 17);
    expect(near.every((f) => f.kind === 'site')).to.equal(true);
    expect(sites.every((_, i) => index.isAlone(i, 17))).to.equal(true);
  });

  it('never leaves two lone sites closer than the radius, so no marker hides another', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    for (const zoom of [9, 11, 13, 15]) {
      const alone = index.getClusters(WORLD, zoom).filter((f) => f.kind === 'site');
      const at = alone.map((f) => pixels(f.latitude, f.longitude, zoom));
      for (let i = 0; i < at.length; i++) {
        for (let j = i + 1; j < at.length; j++) {
          const distance = Math.hypot(at[i]![0] - at[j]![0], at[i]![1] - at[j]![1]);
          expect(distance, `zoom ${zoom}`).to.be.greaterThan(RADIUS);
        }
      }
      for (const feature of alone) expect(index.isAlone(sitesIn(index, feature)[0]!, zoom)).to.equal(true);
    }
  });

  it('puts a cluster at the middle of its groups, weighted by how many groups each site has', () => {
    const index = new ClusterIndex(
      [
        { latitude: 53, longitude: -1, count: 3 },
        { latitude: 53, longitude: -1.0004, count: 1 },
      ],
      { radius: RADIUS, maxZoom: 16 },
    );
    const [cluster] = index.getClusters(WORLD, 10);
    expect(cluster).to.include({ kind: 'cluster', count: 4 });
    expect(cluster!.longitude).to.be.closeTo(-1.0001, 1e-9);
    expect(cluster!.latitude).to.be.closeTo(53, 1e-9);
  });

  it('works out only the zoom levels it is asked for', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    expect(index.built(11)).to.equal(false);
    index.getClusters(WORLD, 11);
    expect(index.built(11)).to.equal(true);
    expect([0, 6, 10, 12, 16].some((zoom) => index.built(zoom))).to.equal(false);
  });

  it('names the zoom at which a cluster comes apart', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    for (const zoom of [6, 10, 13]) {
      for (const cluster of index.getClusters(WORLD, zoom)) {
        if (cluster.kind !== 'cluster') continue;
        const leaves = index.getLeaves(cluster.id);
        const expansion = index.getClusterExpansionZoom(cluster.id);
        expect(expansion).to.be.greaterThan(zoom);
        // Just before it, the sites still share one marker; at it, they do not.
        if (expansion - 1 > zoom) {
          const before = index.getClusters(WORLD, expansion - 1).filter((f) => sitesIn(index, f).includes(leaves[0]!));
          expect(sitesIn(index, before[0]!)).to.include.members(leaves);
        }
        const after = index
          .getClusters(WORLD, expansion)
          .filter((f) => sitesIn(index, f).some((s) => leaves.includes(s)));
        expect(after.length, `cluster of ${leaves.length} at zoom ${zoom}`).to.be.greaterThan(1);
      }
    }
  });

  it('keeps to the box asked for', () => {
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    const box: [number, number, number, number] = [-1.25, 53.1, -1.15, 53.2];
    const inside = index.getClusters(box, 17);
    expect(inside.length).to.be.greaterThan(0);
    expect(inside.length).to.be.lessThan(sites.length);
    for (const f of inside) {
      expect(f.longitude).to.be.within(box[0], box[2]);
      expect(f.latitude).to.be.within(box[1], box[3]);
    }
  });

  it('answers calmly for no sites and for cluster ids it never gave', () => {
    const empty = new ClusterIndex([], { radius: RADIUS, maxZoom: 16 });
    expect(empty.getClusters(WORLD, 8)).to.deep.equal([]);
    const index = new ClusterIndex(sites, { radius: RADIUS, maxZoom: 16 });
    expect(index.getLeaves(-1)).to.deep.equal([]);
    expect(index.getLeaves(999_999 * 32 + 5)).to.deep.equal([]);
    expect(index.getLeaves(1.5)).to.deep.equal([]);
    expect(index.getClusterExpansionZoom(999_999 * 32 + 5)).to.equal(6);
  });
});
