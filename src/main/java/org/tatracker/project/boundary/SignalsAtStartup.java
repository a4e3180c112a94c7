package org.tatracker.project.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Projects recorded before the project kept its count of sustainability signals (migration V11) get
 * it at startup, in the background and a batch at a time, through the entity's own rule.
 */
@Singleton
@Startup
@DependsOn("ReferenceData")
public class SignalsAtStartup {

    private static final Logger LOG = Logger.getLogger(SignalsAtStartup.class.getName());

    @EJB
    Projects projects;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void atStartup() {
        executor.submit(() -> {
            try {
                int total = 0;
                for (int n = projects.recountSignals(200); n > 0; n = projects.recountSignals(200)) {
                    total += n;
                }
                if (total > 0) {
                    int counted = total;
                    LOG.info(() -> "Counted the sustainability signals of " + counted + " projects recorded before they were kept");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Counting the sustainability signals of older projects failed; it is tried again at the next start", e);
            }
        });
    }
}
