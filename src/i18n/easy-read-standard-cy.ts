import type { EasyReadStandardWords } from './easy-read-standard-en.js';

/** The explainer's facts as ordinary prose, in Welsh: the same keys as easy-read-standard-en.ts. */
export const easyReadStandardCy: EasyReadStandardWords = {
  whatIsStd:
    'Mae presgripsiynu cymdeithasol yn ffordd am ddim o gael cymorth gyda phethau sy’n effeithio ar eich iechyd a’ch lles ond nad ydyn nhw’n feddygol, fel teimlo’n unig, poeni am arian neu broblemau gyda thai. Gall y cymorth fod yn grŵp cymunedol, yn weithgaredd neu’n gyngor.',
  linkWorkerStd:
    'Mae gweithiwr cyswllt yn rhywun sydd â’r gwaith o’ch helpu i ddod o hyd i gymorth. Bydd yn gofyn beth sy’n bwysig i chi, yn cytuno ar gynllun gyda chi, ac yn eich helpu i ddod o hyd i grwpiau, gweithgareddau a gwasanaethau yn agos atoch chi sy’n addas i chi.',
  whoStd:
    'Mae presgripsiynu cymdeithasol ar gyfer llawer o wahanol bobl, nid dim ond pobl hŷn neu bobl sydd heb waith. Efallai eich bod yn gweithio, yn astudio neu’n gofalu am rywun. Gall rhywun arall ofyn ar eich rhan, cyn belled â’ch bod chi’n cytuno.',
  helpStd:
    'Gall gweithiwr cyswllt helpu gyda llawer o bethau, gan gynnwys eich iechyd corfforol, eich iechyd meddwl a’ch lles, teimlo’n unig neu ar wahân, newid eich ffordd o fyw, gofalu am gyflwr iechyd hirdymor, arian a budd-daliadau, tai, dod o hyd i waith neu hyfforddiant, a help ymarferol gyda phethau bob dydd.',
  callStd:
    'Yn gyntaf, bydd gweithiwr cyswllt yn eich ffonio chi, fel arfer o fewn tua {wait}. Bydd yn gofyn sut gall helpu ac yn trefnu eich cyfarfod cyntaf gyda chi.',
  firstMeetingStd:
    'Mae eich cyfarfod cyntaf gyda’r gweithiwr cyswllt fel arfer yn para tua {length}. Gallwch chi gwrdd {places}. Byddwch chi’n siarad am beth sy’n bwysig i chi ac yn gwneud cynllun gyda’ch gilydd.',
  moreMeetingsStd:
    'Efallai y byddwch chi’n cwrdd â’ch gweithiwr cyswllt ychydig o weithiau eto, hyd at {times} dros tua {weeks}, wrth i chi roi cynnig ar y pethau yn eich cynllun.',
  groupStd:
    'Gall eich gweithiwr cyswllt eich helpu i ddod o hyd i grŵp neu weithgaredd yr hoffech chi roi cynnig arno. Gallwch chi fynd â rhywun gyda chi, ac efallai y gall eich gweithiwr cyswllt ddod gyda chi y tro cyntaf.',
  freeStd:
    'Mae gweld gweithiwr cyswllt am ddim. Mae llawer o grwpiau am ddim hefyd. Mae rhai’n costio ychydig, a gall eich gweithiwr cyswllt ddweud y gost wrthych chi cyn i chi fynd.',
  choiceStd:
    'Eich dewis chi yw e. Gallwch chi ddweud na neu stopio unrhyw bryd, a gallwch chi ofyn eto nes ymlaen. Dydy dweud na ddim yn newid y gofal rydych chi’n ei gael gan eich meddygfa.',
  notStd:
    'Nid gwasanaeth brys yw presgripsiynu cymdeithasol, ac ni all gweithiwr cyswllt eich helpu chi ar unwaith. Os oes angen help arnoch chi nawr, defnyddiwch y rhifau isod.',
  getStd: 'I gael gweithiwr cyswllt, gofynnwch i’ch meddygfa.',
  getSelfStd: 'Gallwch chi hefyd ofyn am weithiwr cyswllt eich hun, drwy ddefnyddio’r ffurflen ar-lein.',
};
