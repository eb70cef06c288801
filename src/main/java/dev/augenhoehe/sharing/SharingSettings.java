package dev.augenhoehe.sharing;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's sharing settings: default expiry and the logo clients see. */
@Component
@Transactional
class SharingSettings {

    record Logo(String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final SharingProperties properties;

    SharingSettings(JdbcClient jdbc, SharingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    int defaultExpiryDays(long workspaceId) {
        return jdbc.sql("select default_expiry_days from sharing_settings where workspace_id = ?").param(workspaceId)
                .query(Integer.class).optional().orElse(properties.defaultExpiryDays());
    }

    void setDefaultExpiryDays(long workspaceId, int days) {
        ensureRow(workspaceId);
        jdbc.sql("update sharing_settings set default_expiry_days = ?, version = version + 1 where workspace_id = ?")
                .params(days, workspaceId).update();
    }

    @Transactional(readOnly = true)
    Optional<Logo> logo(long workspaceId) {
        return jdbc.sql("select logo_type, logo from sharing_settings where workspace_id = ? and logo is not null")
                .param(workspaceId)
                .query((rs, i) -> new Logo(rs.getString(1), java.util.Base64.getDecoder().decode(rs.getString(2))))
                .optional();
    }

    void setLogo(long workspaceId, Logo logo) {
        ensureRow(workspaceId);
        jdbc.sql("update sharing_settings set logo_type = ?, logo = ?, version = version + 1 where workspace_id = ?")
                .params(logo == null ? null : logo.contentType(),
                        logo == null ? null : java.util.Base64.getEncoder().encodeToString(logo.bytes()), workspaceId)
                .update();
    }


    private void ensureRow(long workspaceId) {
        int exists = jdbc.sql("select count(*) from sharing_settings where workspace_id = ?").param(workspaceId)
                .query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into sharing_settings (workspace_id, default_expiry_days, version) values (?, ?, 0)")
                    .params(workspaceId, properties.defaultExpiryDays()).update();
        }
    }
}
