import type { Catalogue } from './catalogue.js';

/**
 * Words of the event calendar, in English and Welsh. Month and day names are
 * here rather than left to `Intl`: some Chromium builds carry no Welsh date
 * data and would quietly write English. Welsh sentences are built so a month
 * or day name never needs a mutation ("Mawrth 2026", not "ym mis Mawrth").
 * Clock times repeat the schedule catalogue's (10am, 10yb) so the calendar's
 * first load does not carry every schedule phrase.
 */
export const calendar = {
  en: {
    weekday1: 'Monday',
    weekday2: 'Tuesday',
    weekday3: 'Wednesday',
    weekday4: 'Thursday',
    weekday5: 'Friday',
    weekday6: 'Saturday',
    weekday7: 'Sunday',
    weekdayShort1: 'Mon',
    weekdayShort2: 'Tue',
    weekdayShort3: 'Wed',
    weekdayShort4: 'Thu',
    weekdayShort5: 'Fri',
    weekdayShort6: 'Sat',
    weekdayShort7: 'Sun',
    month1: 'January',
    month2: 'February',
    month3: 'March',
    month4: 'April',
    month5: 'May',
    month6: 'June',
    month7: 'July',
    month8: 'August',
    month9: 'September',
    month10: 'October',
    month11: 'November',
    month12: 'December',
    date: '{weekday} {day} {month}',
    dateWithYear: '{weekday} {day} {month} {year}',
    monthYear: '{month} {year}',
    weekRange: '{from} to {to}',
    whenTimed: '{date}, {times}',
    whenAllDay: '{date}, all day',
    timeMorning: '{time}am',
    timeAfternoon: '{time}pm',
    timeEvening: '{time}pm',
    midnight: 'midnight',
    calendarLabel: 'What’s on',
    showAs: 'Show as',
    viewList: 'List',
    viewWeek: 'Week',
    viewMonth: 'Month',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousWeek: 'Previous week',
    nextWeek: 'Next week',
    today: 'Today',
    goToMonth: 'Go to month',
    print: 'Print',
    showingMonth: { one: '{period}: {count} event', other: '{period}: {count} events' },
    showingNothing: '{period}: nothing on',
    dayCell: { one: '{date}, {count} event', other: '{date}, {count} events' },
    dayCellEmpty: '{date}, nothing on',
    dayCellToday: 'today',
    moreEvents: { one: '{count} more', other: '{count} more' },
    nothingOnDay: 'Nothing on',
    showAllOnDay: 'Show all {count} events on {date}',
    nothingInPeriod: 'Nothing is on for {period}.',
    nothingMatches: 'Nothing matches your filters for {period}.',
    nextWithEvents: 'The next thing on is on {date}.',
    goToNext: 'Go to {period}',
    nothingAhead: 'Nothing is on in the coming months.',
    loadingSource: 'Loading {name}…',
    sourceFailed: 'We could not load {name}.',
    defaultSourceName: 'the list of groups and activities',
    filters: 'Filter what’s on',
    search: 'Search within the calendar',
    category: 'Type of activity',
    anyCategory: 'Any type',
    freeOnly: 'Free only',
    stepFree: 'Step-free access',
    weekendsOnly: 'Weekends only',
    timeOfDay: 'Time of day',
    anyTime: 'Any time',
    mornings: 'Mornings',
    afternoons: 'Afternoons',
    evenings: 'Evenings',
    howItHappens: 'In person or online',
    eitherWay: 'Either',
    inPerson: 'In person',
    online: 'Online',
    clearFilters: 'Clear filters',
    postcode: 'Your postcode',
    findPostcode: 'Find',
    howFar: 'How far',
    anyDistance: 'Any distance',
    withinMiles: { one: 'Within {count} mile', other: 'Within {count} miles' },
    postcodeFound: 'Showing how far each event is from {postcode}.',
    postcodeNotFound: 'We could not find the postcode {postcode}. Check it and try again.',
    postcodeInvalid: '{postcode} does not look like a UK postcode. Check it and try again.',
    postcodeUnavailable: 'We cannot look up postcodes right now. Try again later.',
    noPlaceHidden: 'Events with no place, like online events, are not shown when you choose a distance.',
    milesAway: '{miles} miles away',
    underOneMile: 'Less than 1 mile away',
    eventsShown: { one: '{count} event shown', other: '{count} events shown' },
    close: 'Close',
    when: 'When',
    howOften: 'How often',
    where: 'Where',
    cost: 'Cost',
    free: 'Free',
    access: 'Access',
    howToJoin: 'How to join',
    contact: 'Contact',
    phone: 'Phone {number}',
    email: 'Email {address}',
    website: 'Website',
    cancelled: 'Cancelled',
    cancelledNotice: 'This session is cancelled.',
    changedNotice: 'This session has changed.',
    seeInFinder: 'See this group in the finder',
    addToCalendar: 'Add to my calendar',
    downloadOne: 'Download this session',
    downloadSeries: 'Download every session',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    opensNewTab: '(opens in a new tab)',
    joinDropIn: 'Just turn up',
    joinSelfRefer: 'Get in touch to join',
    joinReferral: 'You need to be referred, for example by a link worker or your GP practice',
    joinAppointment: 'By appointment',
    joinMembership: 'Members only',
    accessStepFree: 'Step-free access',
    accessWheelchair: 'Wheelchair accessible',
    accessHearingLoop: 'Hearing loop',
    accessToilet: 'Accessible toilet',
    accessParking: 'Accessible parking',
    accessLift: 'Lift',
    accessQuiet: 'Quiet space',
    printTitle: 'What’s on: {period}',
  },
  cy: {
    weekday1: 'Dydd Llun',
    weekday2: 'Dydd Mawrth',
    weekday3: 'Dydd Mercher',
    weekday4: 'Dydd Iau',
    weekday5: 'Dydd Gwener',
    weekday6: 'Dydd Sadwrn',
    weekday7: 'Dydd Sul',
    weekdayShort1: 'Llun',
    weekdayShort2: 'Maw',
    weekdayShort3: 'Mer',
    weekdayShort4: 'Iau',
    weekdayShort5: 'Gwe',
    weekdayShort6: 'Sad',
    weekdayShort7: 'Sul',
    month1: 'Ionawr',
    month2: 'Chwefror',
    month3: 'Mawrth',
    month4: 'Ebrill',
    month5: 'Mai',
    month6: 'Mehefin',
    month7: 'Gorffennaf',
    month8: 'Awst',
    month9: 'Medi',
    month10: 'Hydref',
    month11: 'Tachwedd',
    month12: 'Rhagfyr',
    date: '{weekday} {day} {month}',
    dateWithYear: '{weekday} {day} {month} {year}',
    monthYear: '{month} {year}',
    weekRange: '{from} i {to}',
    whenTimed: '{date}, {times}',
    whenAllDay: '{date}, drwy’r dydd',
    timeMorning: '{time}yb',
    timeAfternoon: '{time}yp',
    timeEvening: '{time}yh',
    midnight: 'canol nos',
    calendarLabel: 'Beth sydd ymlaen',
    showAs: 'Dangos fel',
    viewList: 'Rhestr',
    viewWeek: 'Wythnos',
    viewMonth: 'Mis',
    previousMonth: 'Mis blaenorol',
    nextMonth: 'Mis nesaf',
    previousWeek: 'Wythnos flaenorol',
    nextWeek: 'Wythnos nesaf',
    today: 'Heddiw',
    goToMonth: 'Mynd i fis',
    print: 'Argraffu',
    showingMonth: {
      zero: '{period}: {count} digwyddiad',
      one: '{period}: {count} digwyddiad',
      two: '{period}: {count} ddigwyddiad',
      few: '{period}: {count} digwyddiad',
      many: '{period}: {count} digwyddiad',
      other: '{period}: {count} digwyddiad',
    },
    showingNothing: '{period}: dim byd ymlaen',
    dayCell: {
      zero: '{date}, {count} digwyddiad',
      one: '{date}, {count} digwyddiad',
      two: '{date}, {count} ddigwyddiad',
      few: '{date}, {count} digwyddiad',
      many: '{date}, {count} digwyddiad',
      other: '{date}, {count} digwyddiad',
    },
    dayCellEmpty: '{date}, dim byd ymlaen',
    dayCellToday: 'heddiw',
    moreEvents: { one: '{count} arall', other: '{count} arall' },
    nothingOnDay: 'Dim byd ymlaen',
    showAllOnDay: 'Dangos pob un o’r {count} digwyddiad ar {date}',
    nothingInPeriod: 'Does dim byd ymlaen: {period}.',
    nothingMatches: 'Does dim byd yn cyd-fynd â’ch hidlwyr: {period}.',
    nextWithEvents: 'Mae’r peth nesaf ymlaen ar {date}.',
    goToNext: 'Mynd i {period}',
    nothingAhead: 'Does dim byd ymlaen yn y misoedd nesaf.',
    loadingSource: 'Wrthi’n llwytho {name}…',
    sourceFailed: 'Doedd dim modd llwytho {name}.',
    defaultSourceName: 'y rhestr o grwpiau a gweithgareddau',
    filters: 'Hidlo beth sydd ymlaen',
    search: 'Chwilio yn y calendr',
    category: 'Math o weithgaredd',
    anyCategory: 'Unrhyw fath',
    freeOnly: 'Am ddim yn unig',
    stepFree: 'Mynediad heb risiau',
    weekendsOnly: 'Penwythnosau yn unig',
    timeOfDay: 'Adeg o’r dydd',
    anyTime: 'Unrhyw adeg',
    mornings: 'Boreau',
    afternoons: 'Prynhawniau',
    evenings: 'Gyda’r nos',
    howItHappens: 'Wyneb yn wyneb neu ar-lein',
    eitherWay: 'Y naill neu’r llall',
    inPerson: 'Wyneb yn wyneb',
    online: 'Ar-lein',
    clearFilters: 'Clirio’r hidlwyr',
    postcode: 'Eich cod post',
    findPostcode: 'Chwilio',
    howFar: 'Pa mor bell',
    anyDistance: 'Unrhyw bellter',
    withinMiles: {
      zero: 'O fewn {count} milltir',
      one: 'O fewn {count} filltir',
      two: 'O fewn {count} filltir',
      few: 'O fewn {count} milltir',
      many: 'O fewn {count} milltir',
      other: 'O fewn {count} milltir',
    },
    postcodeFound: 'Yn dangos pa mor bell yw pob digwyddiad o {postcode}.',
    postcodeNotFound: 'Ni allem ddod o hyd i’r cod post {postcode}. Gwiriwch ef a rhowch gynnig arall arni.',
    postcodeInvalid: 'Nid yw {postcode} yn edrych fel cod post yn y DU. Gwiriwch ef a rhowch gynnig arall arni.',
    postcodeUnavailable: 'Ni allwn chwilio am godau post ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.',
    noPlaceHidden:
      'Nid yw digwyddiadau heb le, fel digwyddiadau ar-lein, yn cael eu dangos pan fyddwch yn dewis pellter.',
    milesAway: '{miles} milltir i ffwrdd',
    underOneMile: 'Llai nag 1 filltir i ffwrdd',
    eventsShown: {
      zero: '{count} digwyddiad yn cael eu dangos',
      one: '{count} digwyddiad yn cael ei ddangos',
      two: '{count} ddigwyddiad yn cael eu dangos',
      few: '{count} digwyddiad yn cael eu dangos',
      many: '{count} digwyddiad yn cael eu dangos',
      other: '{count} digwyddiad yn cael eu dangos',
    },
    close: 'Cau',
    when: 'Pryd',
    howOften: 'Pa mor aml',
    where: 'Ble',
    cost: 'Cost',
    free: 'Am ddim',
    access: 'Mynediad',
    howToJoin: 'Sut i ymuno',
    contact: 'Cysylltu',
    phone: 'Ffôn {number}',
    email: 'E-bost {address}',
    website: 'Gwefan',
    cancelled: 'Wedi’i ganslo',
    cancelledNotice: 'Mae’r sesiwn hon wedi’i chanslo.',
    changedNotice: 'Mae’r sesiwn hon wedi newid.',
    seeInFinder: 'Gweld y grŵp hwn yn y chwilotwr',
    addToCalendar: 'Ychwanegu at fy nghalendr',
    downloadOne: 'Lawrlwytho’r sesiwn hon',
    downloadSeries: 'Lawrlwytho pob sesiwn',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    opensNewTab: '(yn agor mewn tab newydd)',
    joinDropIn: 'Dewch draw',
    joinSelfRefer: 'Cysylltwch â nhw i ymuno',
    joinReferral: 'Mae angen i rywun eich atgyfeirio, er enghraifft gweithiwr cyswllt neu’ch practis meddyg teulu',
    joinAppointment: 'Drwy apwyntiad',
    joinMembership: 'Aelodau yn unig',
    accessStepFree: 'Mynediad heb risiau',
    accessWheelchair: 'Hygyrch i gadeiriau olwyn',
    accessHearingLoop: 'Dolen sain',
    accessToilet: 'Toiled hygyrch',
    accessParking: 'Parcio hygyrch',
    accessLift: 'Lifft',
    accessQuiet: 'Lle tawel',
    printTitle: 'Beth sydd ymlaen: {period}',
  },
} as const satisfies Catalogue<CalendarKey>;

type Seven = 1 | 2 | 3 | 4 | 5 | 6 | 7;
type Twelve = Seven | 8 | 9 | 10 | 11 | 12;

export type CalendarKey =
  | `weekday${Seven}`
  | `weekdayShort${Seven}`
  | `month${Twelve}`
  | 'date'
  | 'dateWithYear'
  | 'monthYear'
  | 'weekRange'
  | 'whenTimed'
  | 'whenAllDay'
  | 'timeMorning'
  | 'timeAfternoon'
  | 'timeEvening'
  | 'midnight'
  | 'calendarLabel'
  | 'showAs'
  | 'viewList'
  | 'viewWeek'
  | 'viewMonth'
  | 'previousMonth'
  | 'nextMonth'
  | 'previousWeek'
  | 'nextWeek'
  | 'today'
  | 'goToMonth'
  | 'print'
  | 'showingMonth'
  | 'showingNothing'
  | 'dayCell'
  | 'dayCellEmpty'
  | 'dayCellToday'
  | 'moreEvents'
  | 'nothingOnDay'
  | 'showAllOnDay'
  | 'nothingInPeriod'
  | 'nothingMatches'
  | 'nextWithEvents'
  | 'goToNext'
  | 'nothingAhead'
  | 'loadingSource'
  | 'sourceFailed'
  | 'defaultSourceName'
  | 'filters'
  | 'search'
  | 'category'
  | 'anyCategory'
  | 'freeOnly'
  | 'stepFree'
  | 'weekendsOnly'
  | 'timeOfDay'
  | 'anyTime'
  | 'mornings'
  | 'afternoons'
  | 'evenings'
  | 'howItHappens'
  | 'eitherWay'
  | 'inPerson'
  | 'online'
  | 'clearFilters'
  | 'postcode'
  | 'findPostcode'
  | 'howFar'
  | 'anyDistance'
  | 'withinMiles'
  | 'postcodeFound'
  | 'postcodeNotFound'
  | 'postcodeInvalid'
  | 'postcodeUnavailable'
  | 'noPlaceHidden'
  | 'milesAway'
  | 'underOneMile'
  | 'eventsShown'
  | 'close'
  | 'when'
  | 'howOften'
  | 'where'
  | 'cost'
  | 'free'
  | 'access'
  | 'howToJoin'
  | 'contact'
  | 'phone'
  | 'email'
  | 'website'
  | 'cancelled'
  | 'cancelledNotice'
  | 'changedNotice'
  | 'seeInFinder'
  | 'addToCalendar'
  | 'downloadOne'
  | 'downloadSeries'
  | 'googleCalendar'
  | 'outlookCalendar'
  | 'opensNewTab'
  | 'joinDropIn'
  | 'joinSelfRefer'
  | 'joinReferral'
  | 'joinAppointment'
  | 'joinMembership'
  | 'accessStepFree'
  | 'accessWheelchair'
  | 'accessHearingLoop'
  | 'accessToilet'
  | 'accessParking'
  | 'accessLift'
  | 'accessQuiet'
  | 'printTitle';
