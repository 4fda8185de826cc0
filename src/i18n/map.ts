import type { Catalogue } from './catalogue.js';

/** The map's words: its name, its markers and clusters, the summary of a group, and what went wrong. */
export const map = {
  en: {
    mapLabel: 'Map of groups and activities',
    mapHelp:
      'Use the arrow keys to move the map, and plus and minus to zoom. Press Tab to move to each group on the map.',
    skipMap: 'Skip the map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    showAll: 'Show all groups on the map',
    loadingMap: 'Loading the map…',
    mapFailed: 'The map could not be loaded. Please try again later.',
    tilesUnavailable: 'The map background could not be loaded. The markers still show where each group meets.',
    marker: '{name}, {place}',
    markerNoPlace: '{name}',
    cluster: {
      one: '{count} group near {place}, press Enter to zoom in',
      other: '{count} groups near {place}, press Enter to zoom in',
    },
    clusterNoPlace: {
      one: '{count} group, press Enter to zoom in',
      other: '{count} groups, press Enter to zoom in',
    },
    site: {
      one: '{count} group at {place}, press Enter to see it',
      other: '{count} groups at {place}, press Enter to see them',
    },
    origin: 'The place you searched from',
    notOnMap: {
      one: '{count} group is not on the map because we do not know where it meets.',
      other: '{count} groups are not on the map because we do not know where they meet.',
    },
    nothingToShow: 'There are no groups to show on the map.',
    groupsAt: 'Groups at {place}',
    temporarilyClosed: 'Temporarily closed',
    when: 'When',
    where: 'Where',
    cost: 'Cost',
    free: 'Free',
    showDetails: 'Show details',
    closeSummary: 'Close',
    closeSummaryOf: 'Close the summary of {name}',
    attribution: '© OpenStreetMap contributors',
  },
  cy: {
    mapLabel: 'Map o grwpiau a gweithgareddau',
    mapHelp:
      'Defnyddiwch y bysellau saeth i symud y map, a plws a minws i chwyddo. Pwyswch Tab i symud i bob grŵp ar y map.',
    skipMap: 'Neidio heibio’r map',
    zoomIn: 'Chwyddo i mewn',
    zoomOut: 'Chwyddo allan',
    showAll: 'Dangos pob grŵp ar y map',
    loadingMap: 'Wrthi’n llwytho’r map…',
    mapFailed: 'Nid oedd modd llwytho’r map. Rhowch gynnig arall arni nes ymlaen.',
    tilesUnavailable:
      'Nid oedd modd llwytho cefndir y map. Mae’r marcwyr yn dal i ddangos ble mae pob grŵp yn cyfarfod.',
    marker: '{name}, {place}',
    markerNoPlace: '{name}',
    cluster: {
      zero: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
      one: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
      two: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
      few: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
      many: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
      other: '{count} grŵp ger {place}, pwyswch Enter i chwyddo i mewn',
    },
    clusterNoPlace: {
      zero: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
      one: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
      two: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
      few: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
      many: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
      other: '{count} grŵp, pwyswch Enter i chwyddo i mewn',
    },
    site: {
      zero: '{count} grŵp yn {place}, pwyswch Enter i’w gweld',
      one: '{count} grŵp yn {place}, pwyswch Enter i’w weld',
      two: '{count} grŵp yn {place}, pwyswch Enter i’w gweld',
      few: '{count} grŵp yn {place}, pwyswch Enter i’w gweld',
      many: '{count} grŵp yn {place}, pwyswch Enter i’w gweld',
      other: '{count} grŵp yn {place}, pwyswch Enter i’w gweld',
    },
    origin: 'Y man y gwnaethoch chwilio ohono',
    notOnMap: {
      zero: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble maen nhw’n cyfarfod.',
      one: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble mae’n cyfarfod.',
      two: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble maen nhw’n cyfarfod.',
      few: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble maen nhw’n cyfarfod.',
      many: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble maen nhw’n cyfarfod.',
      other: 'Nid yw {count} grŵp ar y map am nad ydym yn gwybod ble maen nhw’n cyfarfod.',
    },
    nothingToShow: 'Nid oes grwpiau i’w dangos ar y map.',
    groupsAt: 'Grwpiau yn {place}',
    temporarilyClosed: 'Ar gau dros dro',
    when: 'Pryd',
    where: 'Ble',
    cost: 'Cost',
    free: 'Am ddim',
    showDetails: 'Dangos y manylion',
    closeSummary: 'Cau',
    closeSummaryOf: 'Cau’r crynodeb o {name}',
    attribution: '© cyfranwyr OpenStreetMap',
  },
} as const satisfies Catalogue<
  | 'mapLabel'
  | 'mapHelp'
  | 'skipMap'
  | 'zoomIn'
  | 'zoomOut'
  | 'showAll'
  | 'loadingMap'
  | 'mapFailed'
  | 'tilesUnavailable'
  | 'marker'
  | 'markerNoPlace'
  | 'cluster'
  | 'clusterNoPlace'
  | 'site'
  | 'origin'
  | 'notOnMap'
  | 'nothingToShow'
  | 'groupsAt'
  | 'temporarilyClosed'
  | 'when'
  | 'where'
  | 'cost'
  | 'free'
  | 'showDetails'
  | 'closeSummary'
  | 'closeSummaryOf'
  | 'attribution'
>;

export type MapKey = keyof (typeof map)['en'];
