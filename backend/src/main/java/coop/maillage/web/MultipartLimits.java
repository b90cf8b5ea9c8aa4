package coop.maillage.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart parser accepts the larger of the two upload limits, {@value
 * RequestSizeFilter#UPLOAD_SETTING} and {@value RequestSizeFilter#BACKUP_SETTING}: it serves every
 * path at once, so it cannot tell an import from a restore. Each path's own limit is applied by
 * {@link RequestSizeFilter} (and by the import and the restore as they read). This replaces Spring
 * Boot's {@code spring.servlet.multipart.*} settings, which therefore have no effect.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(
            @Value(
                            "${"
                                    + RequestSizeFilter.UPLOAD_SETTING
                                    + ":"
                                    + RequestSizeFilter.DEFAULT_UPLOAD
                                    + "}")
                    DataSize maxUpload,
            @Value(
                            "${"
                                    + RequestSizeFilter.BACKUP_SETTING
                                    + ":"
                                    + RequestSizeFilter.DEFAULT_BACKUP
                                    + "}")
                    DataSize maxBackup) {
        long max = Math.max(maxUpload.toBytes(), maxBackup.toBytes());
        // Parts are written to a temporary file as they arrive, never held in memory.
        return new MultipartConfigElement("", max, max, 0);
    }
}
