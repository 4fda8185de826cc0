import type { EasyReadWords } from './easy-read-en.js';

/** The easy-read explainer's words in Welsh: the same keys as easy-read-en.ts. */
export const easyReadCy: EasyReadWords = {
  options: 'Dewisiadau darllen',
  readAloud: 'Darllen yn uchel',
  pause: 'Oedi’r darllen',
  carryOn: 'Parhau i ddarllen',
  cannotSpeak:
    'Ni all eich porwr ddarllen y dudalen hon yn uchel. Gall darllenydd sgrin, neu rywun rydych chi’n ymddiried ynddo, ei darllen gyda chi.',
  speechStopped: 'Mae’r darllen yn uchel wedi stopio. Nid oedd eich porwr yn gallu parhau.',
  noWelshVoice: 'Does gan eich porwr ddim llais Cymraeg, felly efallai na fydd y darllen yn swnio’n iawn.',
  textSize: 'Maint y testun',
  smaller: 'Testun llai',
  larger: 'Testun mwy',
  sizeLevel: 'Maint {count} o {total}',
  contrast: 'Cyferbyniad uchel',
  spacing: 'Mwy o le rhwng llinellau',
  showStandard: 'Dangos fel testun arferol',
  showEasyRead: 'Dangos fel hawdd ei ddarllen',
  whatIsHeading: 'Beth yw presgripsiynu cymdeithasol',
  whatIsEasy:
    'Mae presgripsiynu cymdeithasol yn eich helpu i ddod o hyd i gymorth yn agos atoch chi.\nMae’n helpu gyda phethau sy’n effeithio ar eich iechyd a sut rydych chi’n teimlo.\nNid moddion yw’r cymorth.\nGall fod yn grŵp, yn weithgaredd neu’n gyngor.',
  whatIsService: 'Mae {service} yn wasanaeth presgripsiynu cymdeithasol.',
  whatIsServiceArea: '{service} yw’r gwasanaeth presgripsiynu cymdeithasol ar gyfer {area}.',
  whatIsArea: 'Mae’r gwasanaeth hwn ar gyfer pobl yn ardal {area}.',
  linkWorkerHeading: 'Beth mae gweithiwr cyswllt yn ei wneud',
  linkWorkerEasy:
    'Mae gweithiwr cyswllt yn berson sydd â’r gwaith o’ch helpu chi.\nMaen nhw’n gwrando arnoch chi.\nMaen nhw’n gofyn beth sy’n bwysig i chi.\nGyda’ch gilydd rydych chi’n gwneud cynllun.\nMaen nhw’n eich helpu i ddod o hyd i grwpiau a chymorth yn agos atoch chi.',
  whoHeading: 'I bwy mae e',
  whoEasy:
    'Mae ar gyfer llawer o wahanol bobl.\nNid dim ond ar gyfer pobl hŷn mae e.\nNid dim ond ar gyfer pobl sydd heb waith mae e.\nEfallai eich bod yn gweithio, yn astudio neu’n gofalu am rywun.\nGall rhywun eich helpu i ofyn, os ydych chi’n cytuno.',
  helpHeading: 'Beth gall helpu gydag e',
  helpEasy:
    'Gall gweithiwr cyswllt helpu os ydych chi:\n- eisiau teimlo’n well yn eich corff\n- yn teimlo’n isel, yn poeni neu dan straen\n- yn teimlo’n unig neu ar wahân i bobl\n- eisiau bod yn fwy egnïol neu newid arfer\n- â phroblem iechyd sy’n para amser hir\n- yn poeni am arian neu fudd-daliadau\n- â phroblemau gyda’ch cartref\n- eisiau dod o hyd i waith neu hyfforddiant\n- angen help gyda phethau bob dydd',
  callHeading: 'Yn gyntaf, galwad ffôn',
  callEasy:
    'Bydd gweithiwr cyswllt yn eich ffonio chi.\nByddan nhw’n ffonio o fewn tua {wait}.\nByddan nhw’n gofyn sut gallan nhw helpu.\nWedyn gallwch chi drefnu eich cyfarfod cyntaf gyda’ch gilydd.',
  callPhone: 'Os byddwch chi’n colli’r alwad, gallwch chi ffonio {phone}.',
  firstMeetingHeading: 'Eich cyfarfod cyntaf',
  firstMeetingEasy:
    'Wedyn rydych chi’n cwrdd â’ch gweithiwr cyswllt.\nMae’r cyfarfod yn para tua {length}.\nGallwch chi gwrdd {places}.\nRydych chi’n siarad am beth sy’n bwysig i chi.',
  moreMeetingsHeading: 'Rhagor o gyfarfodydd',
  moreMeetingsEasy:
    'Efallai y byddwch chi’n cwrdd â’ch gweithiwr cyswllt ychydig o weithiau eto.\nGallwch chi gwrdd hyd at {times}.\nMae hyn dros tua {weeks}.\nMae eich gweithiwr cyswllt yn eich helpu i roi cynnig ar y pethau yn eich cynllun.',
  groupHeading: 'Mynd i grŵp',
  groupEasy:
    'Gall eich gweithiwr cyswllt eich helpu i ddod o hyd i grŵp.\nChi sy’n dewis beth rydych chi eisiau rhoi cynnig arno.\nGallwch chi fynd â rhywun gyda chi.\nEfallai y daw eich gweithiwr cyswllt gyda chi y tro cyntaf.',
  freeHeading: 'Mae am ddim',
  freeEasy:
    'Mae gweld gweithiwr cyswllt am ddim.\nDydych chi ddim yn talu dim byd.\nMae rhai grwpiau’n costio ychydig o arian.\nGall eich gweithiwr cyswllt ddweud y gost wrthych chi gyntaf.',
  choiceHeading: 'Eich dewis chi yw e',
  choiceEasy:
    'Does dim rhaid i chi ddweud ie.\nGallwch chi stopio unrhyw bryd.\nGallwch chi ofyn eto nes ymlaen.\nDydy dweud na ddim yn newid sut mae eich meddygfa yn eich helpu.',
  notHeading: 'Beth nad yw e',
  notEasy:
    'Nid yw presgripsiynu cymdeithasol ar gyfer argyfyngau.\nNi all gweithiwr cyswllt eich helpu chi ar unwaith.\nOs oes angen help arnoch chi nawr, defnyddiwch y rhifau hyn.',
  getHeading: 'Sut i’w gael',
  getEasy: 'Gofynnwch i’ch meddygfa am weithiwr cyswllt.',
  getSelf: 'Gallwch chi hefyd ofyn am weithiwr cyswllt eich hun.',
  getPhone: 'Gallwch chi hefyd ffonio {phone}.',
  getHelper: 'Gall rhywun eich helpu i ofyn, os ydych chi’n cytuno.',
  getLink: 'Gofyn am weithiwr cyswllt ar-lein',
  weeks: { other: '{count} wythnos' },
  minutes: { other: '{count} munud' },
  times: { one: 'unwaith', two: 'ddwywaith', other: '{count} gwaith' },
  placePractice: 'yn eich meddygfa',
  placePhone: 'ar y ffôn',
  placeHome: 'yn eich cartref',
  placeVideo: 'ar alwad fideo',
  placeCommunity: 'rywle yn agos atoch chi, fel llyfrgell neu gaffi',
  pictureWhatIs: 'Arwyddbost yn pwyntio at bobl',
  pictureLinkWorker: 'Gweithiwr cyswllt gyda bathodyn enw',
  pictureWho: 'Tri pherson gwahanol',
  pictureHelp: 'Calon yn cael ei dal mewn dwy law',
  pictureCall: 'Ffôn yn canu',
  pictureFirstMeeting: 'Dau berson yn siarad wrth fwrdd',
  pictureMoreMeetings: 'Calendr gyda rhai dyddiau wedi’u ticio',
  pictureGroup: 'Dau berson yn cerdded gyda’i gilydd i grŵp',
  pictureFree: 'Darn arian gyda llinell drwyddo',
  pictureChoice: 'Llaw wedi’i chodi i ddweud stop',
  pictureNot: 'Arwydd rhybudd',
  pictureGet: 'Adeilad meddygfa',
};
