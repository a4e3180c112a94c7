package org.tatracker.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tatracker.demo.control.DemoPlan;

/**
 * Demo mode ({@code tatracker.demo=true}): once the demo accounts exist, loads the synthetic data at
 * {@code tatracker.demo.scale} (default 0.01; 0 turns it off) in the background, so that startup is not delayed and a new
 * user finds full lists and dashboards within a minute. A second start adds nothing (the generator adds only what is
 * missing); a larger scale adds the difference.
 */
@Singleton
@Startup
@DependsOn("SecurityBootstrap")
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "tatracker.demo", defaultValue = "false")
    boolean demo;

    /** Read as text so that a wrong value is reported and skipped rather than stopping the application. */
    @Inject
    @ConfigProperty(name = "tatracker.demo.scale", defaultValue = "0.01")
    String scale;

    @EJB
    DemoData demoData;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void atStartup() {
        if (!demo) {
            return;
        }
        double wanted;
        try {
            wanted = Double.parseDouble(scale.strip());
            if (wanted == 0) {
                LOG.info("Demo mode: tatracker.demo.scale is 0, no demo data are generated");
                return;
            }
            DemoPlan.requireScale(wanted);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Demo mode: tatracker.demo.scale '" + scale + "' is not a scale (0 to turn off, or more than 0 and at most "
                    + (int) DemoPlan.MAX_SCALE + "); no demo data are generated");
            return;
        }
        executor.submit(() -> {
            try {
                demoData.generateAsSystem(wanted);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo mode: generating the demo data at scale " + wanted + " failed; what was written is kept and "
                        + "the next start adds the rest", e);
            }
        });
    }
}
