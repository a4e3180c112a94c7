package org.tatracker.iati.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tatracker.iati.control.Problem;
import org.tatracker.platform.boundary.FacesMessages;
import org.tatracker.security.boundary.Organisations;
import org.tatracker.security.boundary.SignedIn;
import org.tatracker.security.boundary.OrganisationView;

/**
 * iati-import.xhtml: upload an IATI activity file, see what importing it would do (new and updated
 * activities, the changed fields, every problem), then import it or cancel. The upload waits in a
 * temporary file between the preview and the import, and is deleted when the import is done, cancelled
 * or the view ends. Larger files go through the API or the command line ({@code src/main/scripts/iati-import.sh}).
 */
@Named
@ViewScoped
public class IatiImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IatiImportPage.class.getName());

    /** The page's own limit: an upload through the browser is held in memory by the container. */
    public static final long PAGE_LIMIT = 20L * 1024 * 1024;

    @Inject
    IatiImports imports;

    @Inject
    Organisations organisations;

    @Inject
    SignedIn signedIn;

    private transient jakarta.servlet.http.Part file;
    private String sectors;
    private String countries;
    private Long owner;
    private String fileName;
    private String stored;
    private IatiImports.Report report;
    private List<OrganisationView> owners;

    public long getLimit() {
        return Math.min(PAGE_LIMIT, imports.maxBytes());
    }

    public long getLimitMegabytes() {
        return getLimit() >> 20;
    }

    /** Uploads the file and previews its import. */
    public void preview() {
        discard();
        report = null;
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("upload:file", "iati.import.noFile");
            return;
        }
        IatiImports.Options options = options(false);
        if (options == null) {
            return;
        }
        try {
            Path temp = Files.createTempFile("tatracker-iati-", ".xml");
            try (InputStream in = file.getInputStream()) { // the container holds the upload; the view keeps only the copy
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            stored = temp.toString();
            String submitted = file.getSubmittedFileName();
            fileName = submitted == null || submitted.isBlank() ? "upload.xml" : Path.of(submitted.replace('\\', '/')).getFileName().toString();
            report = run(options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard();
            if (!FacesMessages.show(e, java.util.Map.of("owner", "upload:owner", "fileName", "upload:file"))) {
                throw e;
            }
        }
    }

    /** Imports the previewed file, all or nothing. */
    public void commit() {
        if (stored == null || report == null) {
            FacesMessages.error("upload:file", "iati.import.noFile");
            return;
        }
        IatiImports.Options options = options(true);
        if (options == null) {
            return;
        }
        report = run(options);
        if (report.committed()) {
            discard();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    String.format(Locale.ROOT, FacesMessages.text("iati.import.done"), report.created(), report.updated(), report.unchanged()),
                    null));
        } else {
            FacesMessages.error(null, "iati.import.notDone");
        }
    }

    public void cancel() {
        discard();
        report = null;
        FacesMessages.info("iati.import.cancelled");
    }

    private IatiImports.Report run(IatiImports.Options options) {
        try (InputStream in = Files.newInputStream(Path.of(stored))) {
            return imports.run(in, new IatiImports.Options(fileName, options.ownerOrganisationId(), options.sectorPrefixes(),
                    options.countryIso3s(), options.maxBytes(), options.commit()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typed filters, checked by the service; a refusal shows next to its field. */
    private IatiImports.Options options(boolean commit) {
        try {
            return IatiImports.Options.typed(fileName == null ? "upload.xml" : fileName, owner, sectors, countries, getLimit(), commit);
        } catch (org.tatracker.platform.entity.InvalidValueException e) {
            FacesMessages.error(e.field().equals("sector") ? "upload:sectors" : "upload:countries",
                    e.field().equals("sector") ? "iati.import.badSector" : "iati.import.badCountry");
            return null;
        }
    }

    @PreDestroy
    void discard() {
        if (stored != null) {
            try {
                Files.deleteIfExists(Path.of(stored));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the upload " + stored, e);
            }
            stored = null;
        }
    }

    public List<OrganisationView> getOwners() {
        if (owners == null) {
            owners = signedIn.isAdmin() ? organisations.all() : List.of();
        }
        return owners;
    }

    public List<Problem> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public List<Problem> getWarnings() {
        return report == null ? List.of() : report.warnings();
    }

    public boolean isPreviewed() {
        return report != null && !report.committed() && stored != null;
    }

    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }
    public String getSectors() { return sectors; }
    public void setSectors(String sectors) { this.sectors = sectors; }
    public String getCountries() { return countries; }
    public void setCountries(String countries) { this.countries = countries; }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public String getFileName() { return fileName; }
    public IatiImports.Report getReport() { return report; }
}
