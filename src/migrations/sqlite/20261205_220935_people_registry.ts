import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`people_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`found_in\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_variants_order_idx\` ON \`people_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_variants_parent_id_idx\` ON \`people_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_fates_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`date\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people_fates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_fates_sources_order_idx\` ON \`people_fates_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_fates_sources_parent_id_idx\` ON \`people_fates_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_fates_sources_document_idx\` ON \`people_fates_sources\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`people_fates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fate\` text,
  	\`confidence\` text DEFAULT 'single',
  	\`date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_fates_order_idx\` ON \`people_fates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_fates_parent_id_idx\` ON \`people_fates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_fates_date_idx\` ON \`people_fates\` (\`date\`);`)
  await db.run(sql`CREATE TABLE \`people_fates_locales\` (
  	\`place\` text,
  	\`circumstances\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people_fates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_fates_locales_locale_parent_id_unique\` ON \`people_fates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_family\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`relation\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_family_order_idx\` ON \`people_family\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_family_parent_id_idx\` ON \`people_family\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_family_person_idx\` ON \`people_family\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`people_memorials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`monument_id\` integer,
  	\`panel\` text,
  	\`line\` text,
  	FOREIGN KEY (\`monument_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_memorials_order_idx\` ON \`people_memorials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_memorials_parent_id_idx\` ON \`people_memorials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_memorials_monument_idx\` ON \`people_memorials\` (\`monument_id\`);`)
  await db.run(sql`CREATE TABLE \`people_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`date\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_sources_order_idx\` ON \`people_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_sources_parent_id_idx\` ON \`people_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_sources_document_idx\` ON \`people_sources\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`people_facets_fates\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_facets_fates_order_idx\` ON \`people_facets_fates\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_facets_fates_parent_idx\` ON \`people_facets_fates\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text,
  	\`slug\` text,
  	\`born\` text,
  	\`born_precision\` text DEFAULT 'day',
  	\`age\` numeric,
  	\`age_from_birth_date\` integer,
  	\`gender\` text,
  	\`photo_id\` integer,
  	\`privacy\` text,
  	\`consent_given\` integer DEFAULT false,
  	\`consent_by\` text,
  	\`consent_date\` text,
  	\`consent_method\` text,
  	\`consent_note\` text,
  	\`disclosure\` text,
  	\`name_key\` text,
  	\`birth_year\` numeric,
  	\`listing_sort_az\` text,
  	\`listing_sort_en\` text,
  	\`listing_sort_ru\` text,
  	\`listing_initial_az\` text,
  	\`listing_initial_en\` text,
  	\`listing_initial_ru\` text,
  	\`name_forms\` text,
  	\`facets_gender\` text,
  	\`facets_age_group\` text,
  	\`translation_en\` text,
  	\`translation_ru\` text,
  	\`translation\` text,
  	\`translation_sources\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_slug_idx\` ON \`people\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`people_born_idx\` ON \`people\` (\`born\`);`)
  await db.run(sql`CREATE INDEX \`people_photo_idx\` ON \`people\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`people_disclosure_idx\` ON \`people\` (\`disclosure\`);`)
  await db.run(sql`CREATE INDEX \`people_name_key_idx\` ON \`people\` (\`name_key\`);`)
  await db.run(sql`CREATE INDEX \`people_birth_year_idx\` ON \`people\` (\`birth_year\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_sort_az_idx\` ON \`people\` (\`listing_sort_az\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_sort_en_idx\` ON \`people\` (\`listing_sort_en\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_sort_ru_idx\` ON \`people\` (\`listing_sort_ru\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_initial_az_idx\` ON \`people\` (\`listing_initial_az\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_initial_en_idx\` ON \`people\` (\`listing_initial_en\`);`)
  await db.run(sql`CREATE INDEX \`people_listing_listing_initial_ru_idx\` ON \`people\` (\`listing_initial_ru\`);`)
  await db.run(sql`CREATE INDEX \`people_translation_en_idx\` ON \`people\` (\`translation_en\`);`)
  await db.run(sql`CREATE INDEX \`people_translation_ru_idx\` ON \`people\` (\`translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`family_name\` text,
  	\`given_name\` text,
  	\`patronymic\` text,
  	\`birthplace\` text,
  	\`biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`found_in\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_variants_order_idx\` ON \`_people_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_variants_parent_id_idx\` ON \`_people_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_fates_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`date\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v_version_fates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_sources_order_idx\` ON \`_people_v_version_fates_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_sources_parent_id_idx\` ON \`_people_v_version_fates_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_sources_document_idx\` ON \`_people_v_version_fates_sources\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_fates\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fate\` text,
  	\`confidence\` text DEFAULT 'single',
  	\`date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_order_idx\` ON \`_people_v_version_fates\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_parent_id_idx\` ON \`_people_v_version_fates\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_fates_date_idx\` ON \`_people_v_version_fates\` (\`date\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_fates_locales\` (
  	\`place\` text,
  	\`circumstances\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v_version_fates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_version_fates_locales_locale_parent_id_unique\` ON \`_people_v_version_fates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_family\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`relation\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_family_order_idx\` ON \`_people_v_version_family\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_family_parent_id_idx\` ON \`_people_v_version_family\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_family_person_idx\` ON \`_people_v_version_family\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_memorials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`monument_id\` integer,
  	\`panel\` text,
  	\`line\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`monument_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_memorials_order_idx\` ON \`_people_v_version_memorials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_memorials_parent_id_idx\` ON \`_people_v_version_memorials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_memorials_monument_idx\` ON \`_people_v_version_memorials\` (\`monument_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`publisher\` text,
  	\`date\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_sources_order_idx\` ON \`_people_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_sources_parent_id_idx\` ON \`_people_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_sources_document_idx\` ON \`_people_v_version_sources\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_facets_fates\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_fates_order_idx\` ON \`_people_v_version_facets_fates\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_facets_fates_parent_idx\` ON \`_people_v_version_facets_fates\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_full_name\` text,
  	\`version_slug\` text,
  	\`version_born\` text,
  	\`version_born_precision\` text DEFAULT 'day',
  	\`version_age\` numeric,
  	\`version_age_from_birth_date\` integer,
  	\`version_gender\` text,
  	\`version_photo_id\` integer,
  	\`version_privacy\` text,
  	\`version_consent_given\` integer DEFAULT false,
  	\`version_consent_by\` text,
  	\`version_consent_date\` text,
  	\`version_consent_method\` text,
  	\`version_consent_note\` text,
  	\`version_disclosure\` text,
  	\`version_name_key\` text,
  	\`version_birth_year\` numeric,
  	\`version_listing_sort_az\` text,
  	\`version_listing_sort_en\` text,
  	\`version_listing_sort_ru\` text,
  	\`version_listing_initial_az\` text,
  	\`version_listing_initial_en\` text,
  	\`version_listing_initial_ru\` text,
  	\`version_name_forms\` text,
  	\`version_facets_gender\` text,
  	\`version_facets_age_group\` text,
  	\`version_translation_en\` text,
  	\`version_translation_ru\` text,
  	\`version_translation\` text,
  	\`version_translation_sources\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_born_idx\` ON \`_people_v\` (\`version_born\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_photo_idx\` ON \`_people_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_disclosure_idx\` ON \`_people_v\` (\`version_disclosure\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_name_key_idx\` ON \`_people_v\` (\`version_name_key\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_birth_year_idx\` ON \`_people_v\` (\`version_birth_year\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_sort_az_idx\` ON \`_people_v\` (\`version_listing_sort_az\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_sort_en_idx\` ON \`_people_v\` (\`version_listing_sort_en\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_sort_ru_idx\` ON \`_people_v\` (\`version_listing_sort_ru\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_initial_az_idx\` ON \`_people_v\` (\`version_listing_initial_az\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_initial_en_idx\` ON \`_people_v\` (\`version_listing_initial_en\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_listing_version_listing_initial_ru_idx\` ON \`_people_v\` (\`version_listing_initial_ru\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_translation_en_idx\` ON \`_people_v\` (\`version_translation_en\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_translation_ru_idx\` ON \`_people_v\` (\`version_translation_ru\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_autosave_idx\` ON \`_people_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_family_name\` text,
  	\`version_given_name\` text,
  	\`version_patronymic\` text,
  	\`version_birthplace\` text,
  	\`version_biography\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`withheld\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_withheld_idx\` ON \`media\` (\`withheld\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`people_id\` integer REFERENCES people(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`people_variants\`;`)
  await db.run(sql`DROP TABLE \`people_fates_sources\`;`)
  await db.run(sql`DROP TABLE \`people_fates\`;`)
  await db.run(sql`DROP TABLE \`people_fates_locales\`;`)
  await db.run(sql`DROP TABLE \`people_family\`;`)
  await db.run(sql`DROP TABLE \`people_memorials\`;`)
  await db.run(sql`DROP TABLE \`people_sources\`;`)
  await db.run(sql`DROP TABLE \`people_facets_fates\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_fates_sources\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_fates\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_fates_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_family\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_memorials\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_facets_fates\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`monuments_id\` integer,
  	\`resolutions_id\` integer,
  	\`recognitions_id\` integer,
  	\`timeline_events_id\` integer,
  	\`pages_id\` integer,
  	\`tags_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`search_entries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monuments_id\`) REFERENCES \`monuments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resolutions_id\`) REFERENCES \`resolutions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recognitions_id\`) REFERENCES \`recognitions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`timeline_events_id\`) REFERENCES \`timeline_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_entries_id\`) REFERENCES \`search_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "tags_id", "media_id", "users_id", "search_entries_id") SELECT "id", "order", "parent_id", "path", "articles_id", "monuments_id", "resolutions_id", "recognitions_id", "timeline_events_id", "pages_id", "tags_id", "media_id", "users_id", "search_entries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monuments_id_idx\` ON \`payload_locked_documents_rels\` (\`monuments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resolutions_id_idx\` ON \`payload_locked_documents_rels\` (\`resolutions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recognitions_id_idx\` ON \`payload_locked_documents_rels\` (\`recognitions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_timeline_events_id_idx\` ON \`payload_locked_documents_rels\` (\`timeline_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_entries_id\`);`)
  await db.run(sql`DROP INDEX \`media_withheld_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`withheld\`;`)
}
