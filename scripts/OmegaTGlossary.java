import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.IProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryManager;
import org.omegat.util.ProjectFileStorage;

// Reads the glossary files of an OmegaT project the way OmegaT does: through the private
// GlossaryManager.loadGlossaryFile, which picks a reader by file name (.tab .utf8 .txt .csv
// .tbx) and ignores other names, with the project's languages set for the TBX reader.
// Usage: java -cp OmegaT.jar OmegaTGlossary.java PROJECT
// Prints, tab-separated, a line "file NAME N" per file (N: the entries read, "ignored" or
// "error: ..."), and "first NAME SOURCE TARGET" with the first entry of each file read. OmegaT's
// own log lines go to the same stdout, numbered: the script keeps the lines starting "file" and
// "first".
public class OmegaTGlossary {
    public static void main(String[] args) throws Exception {
        File project = new File(args[0]);
        ProjectProperties props = ProjectFileStorage.loadProjectProperties(project);
        IProject p = (IProject) Proxy.newProxyInstance(IProject.class.getClassLoader(), new Class<?>[] {IProject.class},
                (proxy, method, margs) -> method.getName().equals("getProjectProperties") ? props : null);
        Core.setProject(p);
        GlossaryManager m = new GlossaryManager(null);
        Field priority = GlossaryManager.class.getDeclaredField("priorityGlossary");
        priority.setAccessible(true);
        priority.set(m, new File(props.getWriteableGlossary()));
        Method load = GlossaryManager.class.getDeclaredMethod("loadGlossaryFile", File.class);
        load.setAccessible(true);
        File[] files = new File(props.getGlossaryRoot()).listFiles();
        java.util.Arrays.sort(files);
        for (File f : files) {
            List<?> entries;
            try {
                entries = (List<?>) load.invoke(m, f);
            } catch (InvocationTargetException e) {
                System.out.println("file\t" + f.getName() + "\terror: " + e.getCause());
                continue;
            }
            if (entries == null) {
                System.out.println("file\t" + f.getName() + "\tignored");
                continue;
            }
            System.out.println("file\t" + f.getName() + "\t" + entries.size());
            if (!entries.isEmpty()) {
                GlossaryEntry e = (GlossaryEntry) entries.get(0);
                System.out.println("first\t" + f.getName() + "\t" + e.getSrcText() + "\t" + e.getLocText());
            }
        }
    }
}
