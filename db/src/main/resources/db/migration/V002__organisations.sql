-- The partner organisations of the network and their sites (ibasho). The people issue adds the rest of
-- their details, their coordinators and everything that hangs off them.
CREATE TABLE organisation (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE site (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    address         VARCHAR(300) NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT pk_site PRIMARY KEY (id),
    CONSTRAINT fk_site_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_site_name UNIQUE (organisation_id, name),
    CONSTRAINT ck_site_kind CHECK (kind IN ('CHILDRENS_CAFETERIA', 'LEARNING_ROOM', 'COMMUNITY_HALL', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
