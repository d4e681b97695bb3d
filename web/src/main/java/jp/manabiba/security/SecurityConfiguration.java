package jp.manabiba.security;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jp.manabiba.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Sign-in with a local password and, when configured, Google and Microsoft; every view and service method
 * carries its own access rule ({@code @RolesAllowed}, {@code @PermitAll}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, OidcClientRegistrations registrations,
                                            OidcAccountUserService oidcUsers, RequestUtil vaadinRequests)
            throws Exception {
        // Vaadin's configurer ends with a catch-all rule: URLs that are not Vaadin's get their rules first.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health").permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll()
                // the installed app: its manifest, icons, service worker and offline page hold no one's data
                .requestMatchers("/favicon.ico", "/manifest.webmanifest", "/icons/**", "/sw.js", "/offline.html")
                .permitAll()
                // calendar apps cannot sign in: the secret token in the address is the credential
                .requestMatchers("/calendar/*.ics").permitAll()
                // the units' lesson images (learning's UnitMediaController): for anyone signed in, like the lessons
                .requestMatchers("/media/units/**").authenticated()
                // children's uploaded files: signed in here, and each service decides whose (assignments, learning)
                .requestMatchers("/files/**").authenticated());
        // Our page, named here too: form login configured before Vaadin's configurer would otherwise serve Spring's
        // generated page. Vaadin then keeps this failure handler instead of its plain "?error".
        http.formLogin(form -> form.loginPage(LoginView.PATH).failureHandler(new SignInFailureHandler()));
        // Vaadin's configurer exempts the sign-in page from CSRF protection, which lets another site sign a child in
        // to an account of its own (login CSRF). Only Vaadin's own requests, which carry Vaadin's token, are exempt.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new SignInPageExpired());
                        return filter;
                    }
                }));
        if (!registrations.isEmpty()) {
            // failures land on /login?error with the exception in the session, where LoginView reads the reason
            http.oauth2Login(oauth2 -> oauth2
                    .loginPage(LoginView.PATH)
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .failureUrl(LoginView.PATH + "?error"));
        }
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // SecurityHeaders writes them for every response, not only for those that pass through this chain
        http.headers(headers -> headers.disable());
        return http.build();
    }

    /**
     * The security headers of every response, before any other filter runs (Spring Security's chain, Vaadin's
     * servlet, Actuator, error pages). HSTS only where {@code manabiba.headers.hsts} is on: the production profile.
     */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(@Value("${manabiba.headers.hsts:false}") boolean hsts) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** BCrypt today, behind Spring's delegating encoder so stored hashes can move to a stronger scheme later. */
    /**
     * Spring's events of sign-ins, with a refusal while a name or address rests published as a lock-out (Spring maps
     * exception classes exactly, not their subclasses), so that the audit trail records it as one.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInRestingException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
