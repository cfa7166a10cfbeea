package dev.fridgechef.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.fridgechef.config.AppFolders;

/**
 * Logback's configuration, in code: found through the ServiceLoader before logback would look for
 * (and parse) an XML file, so start-up pays for no XML parser. See {@link Logs} for what it sets up.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        AppFolders folders = AppFolders.system();
        Logs.configure(context, folders.logFolder(), folders.debug());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
