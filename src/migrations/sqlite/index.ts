import * as migration_20261125_080053_initial from './20261125_080053_initial';
import * as migration_20261125_224004_search_entries from './20261125_224004_search_entries';
import * as migration_20261125_224443_translation_status from './20261125_224443_translation_status';
import * as migration_20261125_230950_media_storage_fields from './20261125_230950_media_storage_fields';
import * as migration_20261126_014032_media_small_sizes from './20261126_014032_media_small_sizes';
import * as migration_20261205_162849_search_date_precision from './20261205_162849_search_date_precision';
import * as migration_20261205_164725_media_translation_status from './20261205_164725_media_translation_status';
import * as migration_20261205_184816_tags_collection from './20261205_184816_tags_collection';
import * as migration_20261205_220935_people_registry from './20261205_220935_people_registry';
import * as migration_20261206_004429_people_status_facets from './20261206_004429_people_status_facets';
import * as migration_20261206_032707_public_submissions from './20261206_032707_public_submissions';
import * as migration_20261206_065719_oai_deleted_records from './20261206_065719_oai_deleted_records';
import * as migration_20261206_092907_media_pages_and_tiles from './20261206_092907_media_pages_and_tiles';
import * as migration_20261206_123400_localized_status from './20261206_123400_localized_status';
import * as migration_20261206_132257_translation_workflow from './20261206_132257_translation_workflow';

export const migrations = [
  {
    up: migration_20261125_080053_initial.up,
    down: migration_20261125_080053_initial.down,
    name: '20261125_080053_initial',
  },
  {
    up: migration_20261125_224004_search_entries.up,
    down: migration_20261125_224004_search_entries.down,
    name: '20261125_224004_search_entries',
  },
  {
    up: migration_20261125_224443_translation_status.up,
    down: migration_20261125_224443_translation_status.down,
    name: '20261125_224443_translation_status',
  },
  {
    up: migration_20261125_230950_media_storage_fields.up,
    down: migration_20261125_230950_media_storage_fields.down,
    name: '20261125_230950_media_storage_fields',
  },
  {
    up: migration_20261126_014032_media_small_sizes.up,
    down: migration_20261126_014032_media_small_sizes.down,
    name: '20261126_014032_media_small_sizes',
  },
  {
    up: migration_20261205_162849_search_date_precision.up,
    down: migration_20261205_162849_search_date_precision.down,
    name: '20261205_162849_search_date_precision',
  },
  {
    up: migration_20261205_164725_media_translation_status.up,
    down: migration_20261205_164725_media_translation_status.down,
    name: '20261205_164725_media_translation_status',
  },
  {
    up: migration_20261205_184816_tags_collection.up,
    down: migration_20261205_184816_tags_collection.down,
    name: '20261205_184816_tags_collection',
  },
  {
    up: migration_20261205_220935_people_registry.up,
    down: migration_20261205_220935_people_registry.down,
    name: '20261205_220935_people_registry',
  },
  {
    up: migration_20261206_004429_people_status_facets.up,
    down: migration_20261206_004429_people_status_facets.down,
    name: '20261206_004429_people_status_facets',
  },
  {
    up: migration_20261206_032707_public_submissions.up,
    down: migration_20261206_032707_public_submissions.down,
    name: '20261206_032707_public_submissions',
  },
  {
    up: migration_20261206_065719_oai_deleted_records.up,
    down: migration_20261206_065719_oai_deleted_records.down,
    name: '20261206_065719_oai_deleted_records',
  },
  {
    up: migration_20261206_092907_media_pages_and_tiles.up,
    down: migration_20261206_092907_media_pages_and_tiles.down,
    name: '20261206_092907_media_pages_and_tiles',
  },
  {
    up: migration_20261206_123400_localized_status.up,
    down: migration_20261206_123400_localized_status.down,
    name: '20261206_123400_localized_status',
  },
  {
    up: migration_20261206_132257_translation_workflow.up,
    down: migration_20261206_132257_translation_workflow.down,
    name: '20261206_132257_translation_workflow'
  },
];
