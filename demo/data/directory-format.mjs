// @ts-check
/**
 * The shape of demo/data/directory.json: ORUK 3.0 / HSDS 3.0 in tabular form (entities referenced by id).
 * Types only; the reference server and the generator both import them. Optional fields are omitted when
 * empty, never null or "". See README.md in this folder.
 */

/**
 * @typedef {object} DirectoryMeta
 * @property {string} name
 * @property {true} fictional
 * @property {string} notice
 * @property {string} area
 * @property {{ latitude: number, longitude: number }} centre
 * @property {string} generated the fixed reference date, YYYY-MM-DD
 * @property {number} seed
 * @property {number} services
 */

/**
 * @typedef {object} Taxonomy
 * @property {string} id a UUID made from the taxonomy's readable key (`TAXONOMY_IDS` in taxonomy.mjs)
 * @property {string} name
 * @property {string} description
 * @property {string} uri
 * @property {string} version
 */

/**
 * @typedef {object} TaxonomyTerm
 * @property {string} id a UUID made from its taxonomy's readable key and its code (`termId()` in taxonomy.mjs)
 * @property {string} name
 * @property {string} description
 * @property {string} [parent_id]
 * @property {string} taxonomy_id
 * @property {string} taxonomy the taxonomy's name
 * @property {string} code the readable code, such as `walking-groups` or `drop-in`
 * @property {string} term the same as `name`
 */

/**
 * @typedef {object} Organization
 * @property {string} id
 * @property {string} name
 * @property {string} description
 * @property {string} [email]
 * @property {string} [website]
 * @property {string} [uri]
 */

/**
 * @typedef {object} Address
 * @property {string} id
 * @property {string} address_1
 * @property {string} [address_2]
 * @property {string} city
 * @property {'Nottinghamshire'} state_province
 * @property {string} postal_code
 * @property {'GB'} country
 * @property {'physical'} address_type
 */

/**
 * @typedef {object} Accessibility
 * @property {string} id
 * @property {string} description
 * @property {string} [details]
 */

/**
 * @typedef {object} Location
 * @property {string} id
 * @property {'physical' | 'virtual'} location_type
 * @property {string} name
 * @property {string} [description]
 * @property {number} latitude
 * @property {number} longitude
 * @property {Address[]} addresses
 * @property {Accessibility[]} accessibility
 */

/**
 * @typedef {object} Phone
 * @property {string} id
 * @property {string} number
 * @property {string} [description]
 */

/**
 * @typedef {object} Language
 * @property {string} id
 * @property {string} name
 * @property {string} code
 */

/**
 * @typedef {object} CostOption
 * @property {string} id
 * @property {string} [option]
 * @property {number} amount 0 means free
 * @property {'GBP'} currency
 * @property {string} [amount_description]
 */

/**
 * @typedef {object} Contact
 * @property {string} id
 * @property {string} name
 * @property {string} [title]
 * @property {string} [email]
 * @property {{ id: string, number: string }[]} phones
 */

/**
 * @typedef {object} Schedule
 * @property {string} id
 * @property {'WEEKLY' | 'MONTHLY'} [freq]
 * @property {number} [interval]
 * @property {string} [byday] e.g. "WE", "TU,TH", "2TU", "-1FR"
 * @property {string} [bymonthday]
 * @property {string} [dtstart] YYYY-MM-DD
 * @property {string} [valid_from] YYYY-MM-DD
 * @property {string} [valid_to] YYYY-MM-DD
 * @property {string} [opens_at] HH:MM:SS
 * @property {string} [closes_at] HH:MM:SS
 * @property {string} description always present, in plain words that agree with the rule
 * @property {string} [notes]
 * @property {'venue' | 'online' | 'phone' | 'home visit'} [attending_type]
 */

/**
 * @typedef {object} Service
 * @property {string} id
 * @property {string} organization_id
 * @property {string} name
 * @property {string} description
 * @property {string} [url]
 * @property {string} [email]
 * @property {'active' | 'inactive' | 'defunct' | 'temporarily closed'} status
 * @property {number} [minimum_age]
 * @property {number} [maximum_age]
 * @property {string} assured_date YYYY-MM-DD, shown as "last checked"
 * @property {string} last_modified ISO date-time
 * @property {string} [alert]
 * @property {string} [fees]
 * @property {string} [eligibility_description]
 * @property {string} [fees_description]
 * @property {Phone[]} phones
 * @property {Language[]} languages
 * @property {CostOption[]} cost_options
 * @property {Contact[]} contacts
 * @property {Schedule[]} schedules
 * @property {{ id: string, location_id: string }[]} service_at_locations
 * @property {{ id: string, name: string, extent_type?: string }[]} service_areas
 * @property {{ id: string, taxonomy_term_id: string, link_type: 'service' }[]} attributes
 */

/**
 * @typedef {object} Postcode
 * @property {string} postcode e.g. "NG18 1AB"
 * @property {number} latitude
 * @property {number} longitude
 * @property {string} admin_district
 * @property {string} [parish]
 * @property {'England'} country
 */

/**
 * @typedef {object} Directory
 * @property {DirectoryMeta} meta
 * @property {Taxonomy[]} taxonomies
 * @property {TaxonomyTerm[]} taxonomy_terms
 * @property {Organization[]} organizations
 * @property {Location[]} locations
 * @property {Service[]} services
 * @property {Postcode[]} postcodes
 */

export {};
