package jp.manabiba.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses a record the user may not see (another organisation's household by URL, say):
 * the same page as a forbidden view, and the same for a record that does not exist, so nothing is revealed.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RefusedRecordView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public RefusedRecordView() {
        AccessDeniedView.fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-denied.title");
    }
}
