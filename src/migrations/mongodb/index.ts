import * as migration_20261205_184816_tags_collection from './20261205_184816_tags_collection'
import * as migration_20261206_004429_people_status_facets from './20261206_004429_people_status_facets'
import * as migration_20261206_123400_localized_status from './20261206_123400_localized_status'

export const migrations = [
  {
    up: migration_20261205_184816_tags_collection.up,
    down: migration_20261205_184816_tags_collection.down,
    name: '20261205_184816_tags_collection',
  },
  {
    up: migration_20261206_004429_people_status_facets.up,
    down: migration_20261206_004429_people_status_facets.down,
    name: '20261206_004429_people_status_facets',
  },
  {
    up: migration_20261206_123400_localized_status.up,
    down: migration_20261206_123400_localized_status.down,
    name: '20261206_123400_localized_status',
  },
]
