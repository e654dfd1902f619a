import * as migration_20261205_184816_tags_collection from './20261205_184816_tags_collection'

export const migrations = [
  {
    up: migration_20261205_184816_tags_collection.up,
    down: migration_20261205_184816_tags_collection.down,
    name: '20261205_184816_tags_collection',
  },
]
