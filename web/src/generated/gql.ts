/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          actor {\n            id\n            name\n            email\n          }\n          targetType\n          targetId\n          ip\n          details\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query DashboardMetrics($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    businessMetrics(from: $from, to: $to, currency: $currency) {\n      from\n      to\n      currency\n      currencies\n      mrrCents\n      arrCents\n      activeMembers\n      payingMembers\n      churnRate\n      trialConversionRate\n      trialsConverted\n      trialsEnded\n      signupConversionRate\n      signups\n      signupsBecameMembers\n      membershipRevenueCents\n      ticketRevenueCents\n      explanations {\n        figure\n        title\n        explanation\n      }\n      membersByPlan {\n        planId\n        plan {\n          id\n          name\n        }\n        interval\n        members\n        paying\n        trialing\n        mrrCents\n        currency\n      }\n      months {\n        month\n        mrrCentsAtEnd\n        membersAtEnd\n        newMembers\n        canceledMembers\n        reactivatedMembers\n        churnRate\n        churnedPayingMembers\n        payingMembersAtStart\n        membershipRevenueCents\n        ticketRevenueCents\n      }\n      leadsPerDay {\n        day\n        signups\n        imported\n      }\n    }\n  }\n": typeof types.DashboardMetricsDocument,
    "\n  mutation StartBusinessMetricsExport($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    startBusinessMetricsExport(figure: $figure, from: $from, to: $to, currency: $currency) {\n      ...JobFields\n    }\n  }\n": typeof types.StartBusinessMetricsExportDocument,
    "\n  subscription BusinessMetricsExportUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": typeof types.BusinessMetricsExportUpdatesDocument,
    "\n  query BusinessMetricsExportJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.BusinessMetricsExportJobDocument,
    "\n  query AdminEventHeader($id: ID!) {\n    event(id: $id) {\n      ...AdminEventFields\n      accessKey\n      shareUrl\n      seatsSold\n      seatsHeld\n      ticketTypes {\n        id\n      }\n    }\n  }\n": typeof types.AdminEventHeaderDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...AdminEventFields\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...AdminEventFields\n      seatsSold\n      seatsHeld\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  query AdminEvents($first: Int, $after: String, $search: String, $status: EventStatus, $visibility: EventVisibility) {\n    adminEvents(first: $first, after: $after, search: $search, status: $status, visibility: $visibility) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          venue\n          startsAt\n          endsAt\n          timeZone\n          status\n          visibility\n          capacity\n          seatsSold\n          seatsHeld\n        }\n      }\n    }\n  }\n": typeof types.AdminEventsDocument,
    "\n  mutation StartAttendeesExport($eventId: ID!) {\n    startAttendeesExport(eventId: $eventId) {\n      ...JobFields\n    }\n  }\n": typeof types.StartAttendeesExportDocument,
    "\n  subscription AttendeesExportJobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": typeof types.AttendeesExportJobUpdatesDocument,
    "\n  query AdminEventAttendees($eventId: ID!, $first: Int, $after: String, $search: String, $status: TicketStatus) {\n    attendees(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          status\n          holderName\n          checkedInAt\n          checkedInBy {\n            id\n            name\n          }\n          ticketType {\n            id\n            name\n          }\n          order {\n            id\n            buyer {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminEventAttendeesDocument,
    "\n  query AdminEventForm($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      capacity\n      visibility\n      status\n      memberPresaleStartsAt\n    }\n  }\n": typeof types.AdminEventFormDocument,
    "\n  fragment AdminEventFields on Event {\n    id\n    title\n    description\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    visibility\n    status\n    memberPresaleStartsAt\n    publishedAt\n    cancelledAt\n    updatedAt\n  }\n": typeof types.AdminEventFieldsFragmentDoc,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...AdminEventFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...AdminEventFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query AdminEventOrders($eventId: ID, $first: Int, $after: String, $search: String, $status: OrderStatus) {\n    orders(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          refundedCents\n          testMode\n          createdAt\n          buyer {\n            id\n            name\n            email\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminEventOrdersDocument,
    "\n  query AdminEventSales($eventId: ID!) {\n    eventSales(eventId: $eventId) {\n      eventId\n      capacity\n      sold\n      held\n      available\n      checkedIn\n      paidOrders\n      revenueCents\n      refundedCents\n      currency\n      ticketTypes {\n        quantity\n        sold\n        held\n        available\n        checkedIn\n        revenueCents\n        ticketType {\n          id\n          name\n          priceCents\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AdminEventSalesDocument,
    "\n  query AdminEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      ticketTypes {\n        ...AdminTicketTypeFields\n      }\n      promoCodes {\n        ...AdminPromoCodeFields\n      }\n    }\n  }\n": typeof types.AdminEventTicketsDocument,
    "\n  query OnSaleStats($eventId: ID!) {\n    onSaleStats(eventId: $eventId) {\n      eventId\n      queued\n      admitted\n      passesActive\n      passesUsed\n      passesReturned\n      inCheckout\n      sold\n      stock\n      onSale {\n        startsAt\n        admissionsPerMinute\n        passSeconds\n      }\n    }\n  }\n": typeof types.OnSaleStatsDocument,
    "\n  mutation SetOnSale($eventId: ID!, $input: OnSaleInput!) {\n    setOnSale(eventId: $eventId, input: $input) {\n      startsAt\n      admissionsPerMinute\n      passSeconds\n    }\n  }\n": typeof types.SetOnSaleDocument,
    "\n  mutation RemoveOnSale($eventId: ID!) {\n    removeOnSale(eventId: $eventId)\n  }\n": typeof types.RemoveOnSaleDocument,
    "\n  fragment AdminPromoCodeFields on PromoCode {\n    id\n    code\n    discountType\n    amount\n    usageLimit\n    usedCount\n    validFrom\n    validUntil\n    ticketTypeIds\n    active\n  }\n": typeof types.AdminPromoCodeFieldsFragmentDoc,
    "\n  mutation CreatePromoCode($eventId: ID!, $input: PromoCodeInput!) {\n    createPromoCode(eventId: $eventId, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n": typeof types.CreatePromoCodeDocument,
    "\n  mutation UpdatePromoCode($id: ID!, $input: PromoCodeInput!) {\n    updatePromoCode(id: $id, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n": typeof types.UpdatePromoCodeDocument,
    "\n  mutation RegenerateEventAccessKey($id: ID!) {\n    regenerateEventAccessKey(id: $id) {\n      id\n      accessKey\n      shareUrl\n    }\n  }\n": typeof types.RegenerateEventAccessKeyDocument,
    "\n  fragment AdminTicketTypeFields on TicketType {\n    id\n    name\n    description\n    priceCents\n    currency\n    quantity\n    maxPerOrder\n    salesStartAt\n    salesEndAt\n    sold\n    held\n    available\n    saleStatus\n    memberDiscountPercent\n    memberPriceCents\n  }\n": typeof types.AdminTicketTypeFieldsFragmentDoc,
    "\n  mutation AddTicketType($eventId: ID!, $input: TicketTypeInput!) {\n    addTicketType(eventId: $eventId, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n": typeof types.AddTicketTypeDocument,
    "\n  mutation UpdateTicketType($id: ID!, $input: TicketTypeInput!) {\n    updateTicketType(id: $id, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n": typeof types.UpdateTicketTypeDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    state\n    progress\n    processed\n    total\n    message\n    resultUrl\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query AdminJobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n": typeof types.AdminJobsDocument,
    "\n  subscription JobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": typeof types.JobUpdatesDocument,
    "\n  mutation StartUsersExport {\n    startUsersExport {\n      ...JobFields\n    }\n  }\n": typeof types.StartUsersExportDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  query LiveJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.LiveJobDocument,
    "\n  subscription LiveJobUpdates($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.LiveJobUpdatesDocument,
    "\n  query AdminEventChoices {\n    adminEvents(first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          status\n          visibility\n          accessKey\n        }\n      }\n    }\n  }\n": typeof types.AdminEventChoicesDocument,
    "\n  query LeadImportPreview($uploadId: ID!, $rows: Int!) {\n    leadImportPreview(uploadId: $uploadId, rows: $rows) {\n      uploadId\n      filename\n      headers\n      rows\n      suggestedMapping {\n        name\n        email\n        phone\n        zip\n        interests\n      }\n    }\n  }\n": typeof types.LeadImportPreviewDocument,
    "\n  mutation StartLeadImport($input: LeadImportInput!) {\n    startLeadImport(input: $input) {\n      ...JobFields\n    }\n  }\n": typeof types.StartLeadImportDocument,
    "\n  mutation CreateLeadInterest($input: LeadInterestInput!) {\n    createLeadInterest(input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": typeof types.CreateLeadInterestDocument,
    "\n  mutation UpdateLeadInterest($id: ID!, $input: LeadInterestUpdateInput!) {\n    updateLeadInterest(id: $id, input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": typeof types.UpdateLeadInterestDocument,
    "\n  query AdminLead($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      email\n      phone\n      zip\n      interests\n      events {\n        id\n        title\n        startsAt\n        timeZone\n      }\n      source\n      consentSms\n      consentText\n      consentAt\n      consentIp\n      optedOut\n      createdAt\n      updatedAt\n      messages(last: 200) {\n        ...SmsThreadMessage\n      }\n    }\n  }\n": typeof types.AdminLeadDocument,
    "\n  query LeadInterestChoices {\n    leadInterests(includeArchived: true) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": typeof types.LeadInterestChoicesDocument,
    "\n  fragment SmsThreadMessage on SmsMessage {\n    id\n    direction\n    kind\n    body\n    status\n    error\n    createdAt\n    sentAt\n    deliveredAt\n    sender {\n      id\n      name\n    }\n  }\n": typeof types.SmsThreadMessageFragmentDoc,
    "\n  query AdminLeads(\n    $first: Int\n    $after: String\n    $search: String\n    $eventId: ID\n    $interest: String\n    $optedIn: Boolean\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n  ) {\n    leads(\n      first: $first\n      after: $after\n      search: $search\n      eventId: $eventId\n      interest: $interest\n      optedIn: $optedIn\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          phone\n          zip\n          source\n          consentSms\n          optedOut\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminLeadsDocument,
    "\n  mutation StartLeadExport($filter: LeadFilter) {\n    startLeadExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n": typeof types.StartLeadExportDocument,
    "\n  mutation ReplyToLead($leadId: ID!, $body: String!) {\n    replyToLead(leadId: $leadId, body: $body) {\n      ...SmsThreadMessage\n    }\n  }\n": typeof types.ReplyToLeadDocument,
    "\n  fragment MailMessageFields on MailMessage {\n    id\n    to\n    subject\n    text\n    kind\n    status\n    error\n    createdAt\n    sentAt\n  }\n": typeof types.MailMessageFieldsFragmentDoc,
    "\n  query MailOutbox($first: Int, $after: String, $to: String) {\n    mailOutbox(first: $first, after: $after, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MailMessageFields\n        }\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  fragment AdminOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    paidCents\n    closedAt\n    refundedAt\n    holdExpiresAt\n    buyer {\n      id\n      name\n      email\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n    }\n    tickets {\n      id\n      code\n      status\n      holderName\n      priceCents\n      checkedInAt\n      ticketType {\n        id\n        name\n      }\n    }\n    refunds {\n      id\n      amountCents\n      status\n      reason\n      attempts\n      lastError\n      providerRefundId\n      createdAt\n      settledAt\n    }\n  }\n": typeof types.AdminOrderFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  mutation RefundOrder($orderId: ID!, $ticketIds: [ID!]) {\n    refundOrder(orderId: $orderId, ticketIds: $ticketIds) {\n      ...AdminOrderFields\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n  fragment AdminPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n    active\n    archivedAt\n    memberCount\n    createdAt\n  }\n": typeof types.AdminPlanFieldsFragmentDoc,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.UpdatePlanDocument,
    "\n  query AdminPlans {\n    adminPlans {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.AdminPlansDocument,
    "\n  mutation ArchivePlan($id: ID!) {\n    archivePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.ArchivePlanDocument,
    "\n  mutation RestorePlan($id: ID!) {\n    restorePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": typeof types.RestorePlanDocument,
    "\n  query CampaignAudience($filter: LeadFilter) {\n    leadCampaignAudienceCount(filter: $filter) {\n      matching\n      optedOut\n      recipients\n    }\n  }\n": typeof types.CampaignAudienceDocument,
    "\n  fragment CampaignFields on SmsCampaign {\n    id\n    name\n    body\n    filter\n    ratePerSecond\n    jobId\n    createdAt\n    stats {\n      recipients\n      pending\n      sent\n      delivered\n      failed\n      skipped\n    }\n  }\n": typeof types.CampaignFieldsFragmentDoc,
    "\n  query AdminCampaign($id: ID!) {\n    smsCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": typeof types.AdminCampaignDocument,
    "\n  query CampaignRecipients($campaignId: ID!, $first: Int, $after: String) {\n    smsMessages(campaignId: $campaignId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toPhone\n          status\n          error\n          sentAt\n          createdAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignRecipientsDocument,
    "\n  query AdminCampaigns($first: Int, $after: String) {\n    smsCampaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CampaignFields\n        }\n      }\n    }\n  }\n": typeof types.AdminCampaignsDocument,
    "\n  mutation SendCampaign($input: CampaignInput!) {\n    sendCampaign(input: $input) {\n      ...JobFields\n    }\n  }\n": typeof types.SendCampaignDocument,
    "\n  query NewestCampaigns {\n    smsCampaigns(first: 10) {\n      edges {\n        node {\n          id\n          jobId\n        }\n      }\n    }\n  }\n": typeof types.NewestCampaignsDocument,
    "\n  query SmsSegments($message: String!) {\n    smsSegments(message: $message) {\n      characters\n      encoding\n      segments\n      unitsPerSegment\n      remainingInSegment\n    }\n  }\n": typeof types.SmsSegmentsDocument,
    "\n  query AdminSmsMessages($first: Int, $after: String, $direction: SmsDirection, $phone: String) {\n    smsMessages(first: $first, after: $after, direction: $direction, phone: $phone) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          direction\n          kind\n          body\n          status\n          error\n          toPhone\n          fromPhone\n          createdAt\n          sentAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminSmsMessagesDocument,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          role\n          status\n          createdAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.SetUserStatusDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretHint\n      createdAt\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            eventId\n            eventType\n            status\n            attempts\n            responseStatus\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation SetWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    updateOutgoingWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n": typeof types.SetWebhookEnabledDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteOutgoingWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverOutgoingWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    outgoingWebhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          url\n          description\n          eventTypes\n          enabled\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createOutgoingWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query DoorCount($eventId: ID!) {\n    checkInStats(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n": typeof types.DoorCountDocument,
    "\n  subscription DoorCountUpdates($eventId: ID!) {\n    checkInUpdated(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n": typeof types.DoorCountUpdatesDocument,
    "\n  fragment DoorEventFields on Event {\n    id\n    title\n    venue\n    startsAt\n    endsAt\n    timeZone\n    visibility\n  }\n": typeof types.DoorEventFieldsFragmentDoc,
    "\n  query DoorPublicEvents($search: String) {\n    events(first: 30, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n": typeof types.DoorPublicEventsDocument,
    "\n  query DoorAdminEvents($search: String) {\n    adminEvents(first: 30, search: $search, status: PUBLISHED) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n": typeof types.DoorAdminEventsDocument,
    "\n  query DoorEvent($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      ...DoorEventFields\n    }\n  }\n": typeof types.DoorEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $code: String!) {\n    checkInTicket(eventId: $eventId, code: $code) {\n      status\n      message\n      checkedInAt\n      checkedInBy {\n        id\n        name\n      }\n      ticket {\n        id\n        code\n        holderName\n        ticketType {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CheckInTicketDocument,
    "\n  query MyAccount {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    seatsAvailable\n    ticketTypes {\n      id\n      priceCents\n      currency\n      saleStatus\n    }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  query EventPage($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      status\n      visibility\n      seatsAvailable\n      memberPresaleStartsAt\n      onSale {\n        startsAt\n      }\n      ticketTypes {\n        id\n        name\n        description\n        priceCents\n        currency\n        quantity\n        available\n        maxPerOrder\n        saleStatus\n        salesStartAt\n        salesEndAt\n        memberDiscountPercent\n        memberPriceCents\n        memberSalesStartAt\n        viewerPriceCents\n      }\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  query PublicEvents($first: Int, $after: String, $search: String, $from: DateTimeISO, $to: DateTimeISO) {\n    events(first: $first, after: $after, search: $search, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n": typeof types.PublicEventsDocument,
    "\n  query CheckoutQuote($input: CheckoutQuoteInput!) {\n    checkoutQuote(input: $input) {\n      currency\n      subtotalCents\n      discountCents\n      memberDiscountCents\n      totalCents\n      promoCode\n    }\n  }\n": typeof types.CheckoutQuoteDocument,
    "\n  mutation StartCheckout($input: CheckoutInput!) {\n    startCheckout(input: $input) {\n      paymentUrl\n      order {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  fragment WaitingRoomPlaceFields on WaitingRoomPlace {\n    eventId\n    phase\n    startsAt\n    place\n    ahead\n    estimatedWaitSeconds\n    passExpiresAt\n    stock\n  }\n": typeof types.WaitingRoomPlaceFieldsFragmentDoc,
    "\n  query WaitingRoom($eventId: ID!, $accessKey: String) {\n    waitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": typeof types.WaitingRoomDocument,
    "\n  mutation JoinWaitingRoom($eventId: ID!, $accessKey: String) {\n    joinWaitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": typeof types.JoinWaitingRoomDocument,
    "\n  subscription WaitingRoomUpdates($eventId: ID!, $accessKey: String) {\n    waitingRoomUpdated(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": typeof types.WaitingRoomUpdatesDocument,
    "\n  fragment PublicPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n  }\n": typeof types.PublicPlanFieldsFragmentDoc,
    "\n  query MembershipPlans {\n    plans {\n      ...PublicPlanFields\n    }\n  }\n": typeof types.MembershipPlansDocument,
    "\n  mutation StartMembershipCheckout($planId: ID!, $interval: BillingInterval!) {\n    startMembershipCheckout(planId: $planId, interval: $interval) {\n      id\n      paymentUrl\n    }\n  }\n": typeof types.StartMembershipCheckoutDocument,
    "\n  fragment MyMembershipFields on Membership {\n    id\n    status\n    isMember\n    interval\n    amountCents\n    currency\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    trialEndsAt\n    endedAt\n    testMode\n    plan {\n      id\n      name\n    }\n  }\n": typeof types.MyMembershipFieldsFragmentDoc,
    "\n  query MyMembership {\n    myMembership {\n      ...MyMembershipFields\n    }\n  }\n": typeof types.MyMembershipDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal\n  }\n": typeof types.OpenBillingPortalDocument,
    "\n  query TestBillingPortal {\n    myMembership {\n      ...MyMembershipFields\n    }\n    plans {\n      id\n      name\n      currency\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n": typeof types.TestBillingPortalDocument,
    "\n  mutation SetTestMembershipCancelAtPeriodEnd($cancel: Boolean!) {\n    setTestMembershipCancelAtPeriodEnd(cancel: $cancel) {\n      ...MyMembershipFields\n    }\n  }\n": typeof types.SetTestMembershipCancelAtPeriodEndDocument,
    "\n  mutation SwitchTestMembershipPlan($planId: ID!, $interval: BillingInterval!) {\n    switchTestMembershipPlan(planId: $planId, interval: $interval) {\n      ...MyMembershipFields\n    }\n  }\n": typeof types.SwitchTestMembershipPlanDocument,
    "\n  query TestMembershipCheckout($id: ID!) {\n    membershipCheckout(id: $id) {\n      id\n      status\n      interval\n      amountCents\n      currency\n      trialDays\n      expiresAt\n      paymentUrl\n      plan {\n        id\n        name\n        perks\n      }\n    }\n  }\n": typeof types.TestMembershipCheckoutDocument,
    "\n  mutation CompleteTestMembershipCheckout($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) {\n      id\n      status\n      membershipId\n    }\n  }\n": typeof types.CompleteTestMembershipCheckoutDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          createdAt\n          items {\n            id\n            quantity\n          }\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  fragment BuyerOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    closedAt\n    refundedAt\n    holdExpiresAt\n    paymentUrl\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n    tickets {\n      ...TicketCardFields\n    }\n  }\n": typeof types.BuyerOrderFieldsFragmentDoc,
    "\n  query BuyerOrder($id: ID!) {\n    order(id: $id) {\n      ...BuyerOrderFields\n    }\n  }\n": typeof types.BuyerOrderDocument,
    "\n  mutation CancelCheckout($orderId: ID!) {\n    cancelCheckout(orderId: $orderId) {\n      ...BuyerOrderFields\n    }\n  }\n": typeof types.CancelCheckoutDocument,
    "\n  query TestCheckoutOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderLinesFields\n      status\n      paymentProvider\n      holdExpiresAt\n      event {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        timeZone\n      }\n    }\n  }\n": typeof types.TestCheckoutOrderDocument,
    "\n  mutation CompleteTestCheckout($orderId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestCheckout(orderId: $orderId, outcome: $outcome) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteTestCheckoutDocument,
    "\n  mutation SignUp($input: LeadSignupInput!) {\n    signUp(input: $input) {\n      id\n      receivedAt\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SignupForm($eventId: ID, $accessKey: String) {\n    signupForm(eventId: $eventId, accessKey: $accessKey) {\n      eventId\n      event {\n        id\n        title\n        venue\n        startsAt\n        timeZone\n      }\n      consentText\n      interests {\n        id\n        key\n        label\n      }\n    }\n  }\n": typeof types.SignupFormDocument,
    "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketCardFields\n        }\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    status\n    createdAt\n    lastSignInAt\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment OrderLinesFields on Order {\n    id\n    currency\n    subtotalCents\n    discountCents\n    totalCents\n    refundedCents\n    promoCode\n    items {\n      id\n      quantity\n      unitPriceCents\n      unitDiscountCents\n      totalCents\n      ticketType {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrderLinesFieldsFragmentDoc,
    "\n  fragment TicketCardFields on Ticket {\n    id\n    code\n    status\n    holderName\n    checkedInAt\n    voidedAt\n    qrDataUrl\n    ticketType {\n      id\n      name\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n  }\n": typeof types.TicketCardFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          actor {\n            id\n            name\n            email\n          }\n          targetType\n          targetId\n          ip\n          details\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query DashboardMetrics($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    businessMetrics(from: $from, to: $to, currency: $currency) {\n      from\n      to\n      currency\n      currencies\n      mrrCents\n      arrCents\n      activeMembers\n      payingMembers\n      churnRate\n      trialConversionRate\n      trialsConverted\n      trialsEnded\n      signupConversionRate\n      signups\n      signupsBecameMembers\n      membershipRevenueCents\n      ticketRevenueCents\n      explanations {\n        figure\n        title\n        explanation\n      }\n      membersByPlan {\n        planId\n        plan {\n          id\n          name\n        }\n        interval\n        members\n        paying\n        trialing\n        mrrCents\n        currency\n      }\n      months {\n        month\n        mrrCentsAtEnd\n        membersAtEnd\n        newMembers\n        canceledMembers\n        reactivatedMembers\n        churnRate\n        churnedPayingMembers\n        payingMembersAtStart\n        membershipRevenueCents\n        ticketRevenueCents\n      }\n      leadsPerDay {\n        day\n        signups\n        imported\n      }\n    }\n  }\n": types.DashboardMetricsDocument,
    "\n  mutation StartBusinessMetricsExport($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    startBusinessMetricsExport(figure: $figure, from: $from, to: $to, currency: $currency) {\n      ...JobFields\n    }\n  }\n": types.StartBusinessMetricsExportDocument,
    "\n  subscription BusinessMetricsExportUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": types.BusinessMetricsExportUpdatesDocument,
    "\n  query BusinessMetricsExportJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": types.BusinessMetricsExportJobDocument,
    "\n  query AdminEventHeader($id: ID!) {\n    event(id: $id) {\n      ...AdminEventFields\n      accessKey\n      shareUrl\n      seatsSold\n      seatsHeld\n      ticketTypes {\n        id\n      }\n    }\n  }\n": types.AdminEventHeaderDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...AdminEventFields\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...AdminEventFields\n      seatsSold\n      seatsHeld\n    }\n  }\n": types.CancelEventDocument,
    "\n  query AdminEvents($first: Int, $after: String, $search: String, $status: EventStatus, $visibility: EventVisibility) {\n    adminEvents(first: $first, after: $after, search: $search, status: $status, visibility: $visibility) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          venue\n          startsAt\n          endsAt\n          timeZone\n          status\n          visibility\n          capacity\n          seatsSold\n          seatsHeld\n        }\n      }\n    }\n  }\n": types.AdminEventsDocument,
    "\n  mutation StartAttendeesExport($eventId: ID!) {\n    startAttendeesExport(eventId: $eventId) {\n      ...JobFields\n    }\n  }\n": types.StartAttendeesExportDocument,
    "\n  subscription AttendeesExportJobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": types.AttendeesExportJobUpdatesDocument,
    "\n  query AdminEventAttendees($eventId: ID!, $first: Int, $after: String, $search: String, $status: TicketStatus) {\n    attendees(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          status\n          holderName\n          checkedInAt\n          checkedInBy {\n            id\n            name\n          }\n          ticketType {\n            id\n            name\n          }\n          order {\n            id\n            buyer {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminEventAttendeesDocument,
    "\n  query AdminEventForm($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      capacity\n      visibility\n      status\n      memberPresaleStartsAt\n    }\n  }\n": types.AdminEventFormDocument,
    "\n  fragment AdminEventFields on Event {\n    id\n    title\n    description\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    visibility\n    status\n    memberPresaleStartsAt\n    publishedAt\n    cancelledAt\n    updatedAt\n  }\n": types.AdminEventFieldsFragmentDoc,
    "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...AdminEventFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...AdminEventFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query AdminEventOrders($eventId: ID, $first: Int, $after: String, $search: String, $status: OrderStatus) {\n    orders(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          refundedCents\n          testMode\n          createdAt\n          buyer {\n            id\n            name\n            email\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n": types.AdminEventOrdersDocument,
    "\n  query AdminEventSales($eventId: ID!) {\n    eventSales(eventId: $eventId) {\n      eventId\n      capacity\n      sold\n      held\n      available\n      checkedIn\n      paidOrders\n      revenueCents\n      refundedCents\n      currency\n      ticketTypes {\n        quantity\n        sold\n        held\n        available\n        checkedIn\n        revenueCents\n        ticketType {\n          id\n          name\n          priceCents\n          currency\n        }\n      }\n    }\n  }\n": types.AdminEventSalesDocument,
    "\n  query AdminEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      ticketTypes {\n        ...AdminTicketTypeFields\n      }\n      promoCodes {\n        ...AdminPromoCodeFields\n      }\n    }\n  }\n": types.AdminEventTicketsDocument,
    "\n  query OnSaleStats($eventId: ID!) {\n    onSaleStats(eventId: $eventId) {\n      eventId\n      queued\n      admitted\n      passesActive\n      passesUsed\n      passesReturned\n      inCheckout\n      sold\n      stock\n      onSale {\n        startsAt\n        admissionsPerMinute\n        passSeconds\n      }\n    }\n  }\n": types.OnSaleStatsDocument,
    "\n  mutation SetOnSale($eventId: ID!, $input: OnSaleInput!) {\n    setOnSale(eventId: $eventId, input: $input) {\n      startsAt\n      admissionsPerMinute\n      passSeconds\n    }\n  }\n": types.SetOnSaleDocument,
    "\n  mutation RemoveOnSale($eventId: ID!) {\n    removeOnSale(eventId: $eventId)\n  }\n": types.RemoveOnSaleDocument,
    "\n  fragment AdminPromoCodeFields on PromoCode {\n    id\n    code\n    discountType\n    amount\n    usageLimit\n    usedCount\n    validFrom\n    validUntil\n    ticketTypeIds\n    active\n  }\n": types.AdminPromoCodeFieldsFragmentDoc,
    "\n  mutation CreatePromoCode($eventId: ID!, $input: PromoCodeInput!) {\n    createPromoCode(eventId: $eventId, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n": types.CreatePromoCodeDocument,
    "\n  mutation UpdatePromoCode($id: ID!, $input: PromoCodeInput!) {\n    updatePromoCode(id: $id, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n": types.UpdatePromoCodeDocument,
    "\n  mutation RegenerateEventAccessKey($id: ID!) {\n    regenerateEventAccessKey(id: $id) {\n      id\n      accessKey\n      shareUrl\n    }\n  }\n": types.RegenerateEventAccessKeyDocument,
    "\n  fragment AdminTicketTypeFields on TicketType {\n    id\n    name\n    description\n    priceCents\n    currency\n    quantity\n    maxPerOrder\n    salesStartAt\n    salesEndAt\n    sold\n    held\n    available\n    saleStatus\n    memberDiscountPercent\n    memberPriceCents\n  }\n": types.AdminTicketTypeFieldsFragmentDoc,
    "\n  mutation AddTicketType($eventId: ID!, $input: TicketTypeInput!) {\n    addTicketType(eventId: $eventId, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n": types.AddTicketTypeDocument,
    "\n  mutation UpdateTicketType($id: ID!, $input: TicketTypeInput!) {\n    updateTicketType(id: $id, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n": types.UpdateTicketTypeDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    state\n    progress\n    processed\n    total\n    message\n    resultUrl\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query AdminJobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n": types.AdminJobsDocument,
    "\n  subscription JobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n": types.JobUpdatesDocument,
    "\n  mutation StartUsersExport {\n    startUsersExport {\n      ...JobFields\n    }\n  }\n": types.StartUsersExportDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": types.CancelJobDocument,
    "\n  query LiveJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n": types.LiveJobDocument,
    "\n  subscription LiveJobUpdates($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n": types.LiveJobUpdatesDocument,
    "\n  query AdminEventChoices {\n    adminEvents(first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          status\n          visibility\n          accessKey\n        }\n      }\n    }\n  }\n": types.AdminEventChoicesDocument,
    "\n  query LeadImportPreview($uploadId: ID!, $rows: Int!) {\n    leadImportPreview(uploadId: $uploadId, rows: $rows) {\n      uploadId\n      filename\n      headers\n      rows\n      suggestedMapping {\n        name\n        email\n        phone\n        zip\n        interests\n      }\n    }\n  }\n": types.LeadImportPreviewDocument,
    "\n  mutation StartLeadImport($input: LeadImportInput!) {\n    startLeadImport(input: $input) {\n      ...JobFields\n    }\n  }\n": types.StartLeadImportDocument,
    "\n  mutation CreateLeadInterest($input: LeadInterestInput!) {\n    createLeadInterest(input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": types.CreateLeadInterestDocument,
    "\n  mutation UpdateLeadInterest($id: ID!, $input: LeadInterestUpdateInput!) {\n    updateLeadInterest(id: $id, input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": types.UpdateLeadInterestDocument,
    "\n  query AdminLead($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      email\n      phone\n      zip\n      interests\n      events {\n        id\n        title\n        startsAt\n        timeZone\n      }\n      source\n      consentSms\n      consentText\n      consentAt\n      consentIp\n      optedOut\n      createdAt\n      updatedAt\n      messages(last: 200) {\n        ...SmsThreadMessage\n      }\n    }\n  }\n": types.AdminLeadDocument,
    "\n  query LeadInterestChoices {\n    leadInterests(includeArchived: true) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n": types.LeadInterestChoicesDocument,
    "\n  fragment SmsThreadMessage on SmsMessage {\n    id\n    direction\n    kind\n    body\n    status\n    error\n    createdAt\n    sentAt\n    deliveredAt\n    sender {\n      id\n      name\n    }\n  }\n": types.SmsThreadMessageFragmentDoc,
    "\n  query AdminLeads(\n    $first: Int\n    $after: String\n    $search: String\n    $eventId: ID\n    $interest: String\n    $optedIn: Boolean\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n  ) {\n    leads(\n      first: $first\n      after: $after\n      search: $search\n      eventId: $eventId\n      interest: $interest\n      optedIn: $optedIn\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          phone\n          zip\n          source\n          consentSms\n          optedOut\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminLeadsDocument,
    "\n  mutation StartLeadExport($filter: LeadFilter) {\n    startLeadExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n": types.StartLeadExportDocument,
    "\n  mutation ReplyToLead($leadId: ID!, $body: String!) {\n    replyToLead(leadId: $leadId, body: $body) {\n      ...SmsThreadMessage\n    }\n  }\n": types.ReplyToLeadDocument,
    "\n  fragment MailMessageFields on MailMessage {\n    id\n    to\n    subject\n    text\n    kind\n    status\n    error\n    createdAt\n    sentAt\n  }\n": types.MailMessageFieldsFragmentDoc,
    "\n  query MailOutbox($first: Int, $after: String, $to: String) {\n    mailOutbox(first: $first, after: $after, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MailMessageFields\n        }\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  fragment AdminOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    paidCents\n    closedAt\n    refundedAt\n    holdExpiresAt\n    buyer {\n      id\n      name\n      email\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n    }\n    tickets {\n      id\n      code\n      status\n      holderName\n      priceCents\n      checkedInAt\n      ticketType {\n        id\n        name\n      }\n    }\n    refunds {\n      id\n      amountCents\n      status\n      reason\n      attempts\n      lastError\n      providerRefundId\n      createdAt\n      settledAt\n    }\n  }\n": types.AdminOrderFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": types.AdminOrderDocument,
    "\n  mutation RefundOrder($orderId: ID!, $ticketIds: [ID!]) {\n    refundOrder(orderId: $orderId, ticketIds: $ticketIds) {\n      ...AdminOrderFields\n    }\n  }\n": types.RefundOrderDocument,
    "\n  fragment AdminPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n    active\n    archivedAt\n    memberCount\n    createdAt\n  }\n": types.AdminPlanFieldsFragmentDoc,
    "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n": types.UpdatePlanDocument,
    "\n  query AdminPlans {\n    adminPlans {\n      ...AdminPlanFields\n    }\n  }\n": types.AdminPlansDocument,
    "\n  mutation ArchivePlan($id: ID!) {\n    archivePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": types.ArchivePlanDocument,
    "\n  mutation RestorePlan($id: ID!) {\n    restorePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n": types.RestorePlanDocument,
    "\n  query CampaignAudience($filter: LeadFilter) {\n    leadCampaignAudienceCount(filter: $filter) {\n      matching\n      optedOut\n      recipients\n    }\n  }\n": types.CampaignAudienceDocument,
    "\n  fragment CampaignFields on SmsCampaign {\n    id\n    name\n    body\n    filter\n    ratePerSecond\n    jobId\n    createdAt\n    stats {\n      recipients\n      pending\n      sent\n      delivered\n      failed\n      skipped\n    }\n  }\n": types.CampaignFieldsFragmentDoc,
    "\n  query AdminCampaign($id: ID!) {\n    smsCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n": types.AdminCampaignDocument,
    "\n  query CampaignRecipients($campaignId: ID!, $first: Int, $after: String) {\n    smsMessages(campaignId: $campaignId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toPhone\n          status\n          error\n          sentAt\n          createdAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CampaignRecipientsDocument,
    "\n  query AdminCampaigns($first: Int, $after: String) {\n    smsCampaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CampaignFields\n        }\n      }\n    }\n  }\n": types.AdminCampaignsDocument,
    "\n  mutation SendCampaign($input: CampaignInput!) {\n    sendCampaign(input: $input) {\n      ...JobFields\n    }\n  }\n": types.SendCampaignDocument,
    "\n  query NewestCampaigns {\n    smsCampaigns(first: 10) {\n      edges {\n        node {\n          id\n          jobId\n        }\n      }\n    }\n  }\n": types.NewestCampaignsDocument,
    "\n  query SmsSegments($message: String!) {\n    smsSegments(message: $message) {\n      characters\n      encoding\n      segments\n      unitsPerSegment\n      remainingInSegment\n    }\n  }\n": types.SmsSegmentsDocument,
    "\n  query AdminSmsMessages($first: Int, $after: String, $direction: SmsDirection, $phone: String) {\n    smsMessages(first: $first, after: $after, direction: $direction, phone: $phone) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          direction\n          kind\n          body\n          status\n          error\n          toPhone\n          fromPhone\n          createdAt\n          sentAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminSmsMessagesDocument,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          role\n          status\n          createdAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n": types.SetUserStatusDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretHint\n      createdAt\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            eventId\n            eventType\n            status\n            attempts\n            responseStatus\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation SetWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    updateOutgoingWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n": types.SetWebhookEnabledDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteOutgoingWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverOutgoingWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints($first: Int, $after: String) {\n    outgoingWebhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          url\n          description\n          eventTypes\n          enabled\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createOutgoingWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query DoorCount($eventId: ID!) {\n    checkInStats(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n": types.DoorCountDocument,
    "\n  subscription DoorCountUpdates($eventId: ID!) {\n    checkInUpdated(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n": types.DoorCountUpdatesDocument,
    "\n  fragment DoorEventFields on Event {\n    id\n    title\n    venue\n    startsAt\n    endsAt\n    timeZone\n    visibility\n  }\n": types.DoorEventFieldsFragmentDoc,
    "\n  query DoorPublicEvents($search: String) {\n    events(first: 30, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n": types.DoorPublicEventsDocument,
    "\n  query DoorAdminEvents($search: String) {\n    adminEvents(first: 30, search: $search, status: PUBLISHED) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n": types.DoorAdminEventsDocument,
    "\n  query DoorEvent($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      ...DoorEventFields\n    }\n  }\n": types.DoorEventDocument,
    "\n  mutation CheckInTicket($eventId: ID!, $code: String!) {\n    checkInTicket(eventId: $eventId, code: $code) {\n      status\n      message\n      checkedInAt\n      checkedInBy {\n        id\n        name\n      }\n      ticket {\n        id\n        code\n        holderName\n        ticketType {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CheckInTicketDocument,
    "\n  query MyAccount {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MyAccountDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    title\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    seatsAvailable\n    ticketTypes {\n      id\n      priceCents\n      currency\n      saleStatus\n    }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  query EventPage($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      status\n      visibility\n      seatsAvailable\n      memberPresaleStartsAt\n      onSale {\n        startsAt\n      }\n      ticketTypes {\n        id\n        name\n        description\n        priceCents\n        currency\n        quantity\n        available\n        maxPerOrder\n        saleStatus\n        salesStartAt\n        salesEndAt\n        memberDiscountPercent\n        memberPriceCents\n        memberSalesStartAt\n        viewerPriceCents\n      }\n    }\n  }\n": types.EventPageDocument,
    "\n  query PublicEvents($first: Int, $after: String, $search: String, $from: DateTimeISO, $to: DateTimeISO) {\n    events(first: $first, after: $after, search: $search, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n": types.PublicEventsDocument,
    "\n  query CheckoutQuote($input: CheckoutQuoteInput!) {\n    checkoutQuote(input: $input) {\n      currency\n      subtotalCents\n      discountCents\n      memberDiscountCents\n      totalCents\n      promoCode\n    }\n  }\n": types.CheckoutQuoteDocument,
    "\n  mutation StartCheckout($input: CheckoutInput!) {\n    startCheckout(input: $input) {\n      paymentUrl\n      order {\n        id\n        status\n      }\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  fragment WaitingRoomPlaceFields on WaitingRoomPlace {\n    eventId\n    phase\n    startsAt\n    place\n    ahead\n    estimatedWaitSeconds\n    passExpiresAt\n    stock\n  }\n": types.WaitingRoomPlaceFieldsFragmentDoc,
    "\n  query WaitingRoom($eventId: ID!, $accessKey: String) {\n    waitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": types.WaitingRoomDocument,
    "\n  mutation JoinWaitingRoom($eventId: ID!, $accessKey: String) {\n    joinWaitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": types.JoinWaitingRoomDocument,
    "\n  subscription WaitingRoomUpdates($eventId: ID!, $accessKey: String) {\n    waitingRoomUpdated(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n": types.WaitingRoomUpdatesDocument,
    "\n  fragment PublicPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n  }\n": types.PublicPlanFieldsFragmentDoc,
    "\n  query MembershipPlans {\n    plans {\n      ...PublicPlanFields\n    }\n  }\n": types.MembershipPlansDocument,
    "\n  mutation StartMembershipCheckout($planId: ID!, $interval: BillingInterval!) {\n    startMembershipCheckout(planId: $planId, interval: $interval) {\n      id\n      paymentUrl\n    }\n  }\n": types.StartMembershipCheckoutDocument,
    "\n  fragment MyMembershipFields on Membership {\n    id\n    status\n    isMember\n    interval\n    amountCents\n    currency\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    trialEndsAt\n    endedAt\n    testMode\n    plan {\n      id\n      name\n    }\n  }\n": types.MyMembershipFieldsFragmentDoc,
    "\n  query MyMembership {\n    myMembership {\n      ...MyMembershipFields\n    }\n  }\n": types.MyMembershipDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal\n  }\n": types.OpenBillingPortalDocument,
    "\n  query TestBillingPortal {\n    myMembership {\n      ...MyMembershipFields\n    }\n    plans {\n      id\n      name\n      currency\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n": types.TestBillingPortalDocument,
    "\n  mutation SetTestMembershipCancelAtPeriodEnd($cancel: Boolean!) {\n    setTestMembershipCancelAtPeriodEnd(cancel: $cancel) {\n      ...MyMembershipFields\n    }\n  }\n": types.SetTestMembershipCancelAtPeriodEndDocument,
    "\n  mutation SwitchTestMembershipPlan($planId: ID!, $interval: BillingInterval!) {\n    switchTestMembershipPlan(planId: $planId, interval: $interval) {\n      ...MyMembershipFields\n    }\n  }\n": types.SwitchTestMembershipPlanDocument,
    "\n  query TestMembershipCheckout($id: ID!) {\n    membershipCheckout(id: $id) {\n      id\n      status\n      interval\n      amountCents\n      currency\n      trialDays\n      expiresAt\n      paymentUrl\n      plan {\n        id\n        name\n        perks\n      }\n    }\n  }\n": types.TestMembershipCheckoutDocument,
    "\n  mutation CompleteTestMembershipCheckout($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) {\n      id\n      status\n      membershipId\n    }\n  }\n": types.CompleteTestMembershipCheckoutDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          createdAt\n          items {\n            id\n            quantity\n          }\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  fragment BuyerOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    closedAt\n    refundedAt\n    holdExpiresAt\n    paymentUrl\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n    tickets {\n      ...TicketCardFields\n    }\n  }\n": types.BuyerOrderFieldsFragmentDoc,
    "\n  query BuyerOrder($id: ID!) {\n    order(id: $id) {\n      ...BuyerOrderFields\n    }\n  }\n": types.BuyerOrderDocument,
    "\n  mutation CancelCheckout($orderId: ID!) {\n    cancelCheckout(orderId: $orderId) {\n      ...BuyerOrderFields\n    }\n  }\n": types.CancelCheckoutDocument,
    "\n  query TestCheckoutOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderLinesFields\n      status\n      paymentProvider\n      holdExpiresAt\n      event {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        timeZone\n      }\n    }\n  }\n": types.TestCheckoutOrderDocument,
    "\n  mutation CompleteTestCheckout($orderId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestCheckout(orderId: $orderId, outcome: $outcome) {\n      id\n      status\n    }\n  }\n": types.CompleteTestCheckoutDocument,
    "\n  mutation SignUp($input: LeadSignupInput!) {\n    signUp(input: $input) {\n      id\n      receivedAt\n    }\n  }\n": types.SignUpDocument,
    "\n  query SignupForm($eventId: ID, $accessKey: String) {\n    signupForm(eventId: $eventId, accessKey: $accessKey) {\n      eventId\n      event {\n        id\n        title\n        venue\n        startsAt\n        timeZone\n      }\n      consentText\n      interests {\n        id\n        key\n        label\n      }\n    }\n  }\n": types.SignupFormDocument,
    "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketCardFields\n        }\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    status\n    createdAt\n    lastSignInAt\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment OrderLinesFields on Order {\n    id\n    currency\n    subtotalCents\n    discountCents\n    totalCents\n    refundedCents\n    promoCode\n    items {\n      id\n      quantity\n      unitPriceCents\n      unitDiscountCents\n      totalCents\n      ticketType {\n        id\n        name\n      }\n    }\n  }\n": types.OrderLinesFieldsFragmentDoc,
    "\n  fragment TicketCardFields on Ticket {\n    id\n    code\n    status\n    holderName\n    checkedInAt\n    voidedAt\n    qrDataUrl\n    ticketType {\n      id\n      name\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n  }\n": types.TicketCardFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          actor {\n            id\n            name\n            email\n          }\n          targetType\n          targetId\n          ip\n          details\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actorId\n          actor {\n            id\n            name\n            email\n          }\n          targetType\n          targetId\n          ip\n          details\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMetrics($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    businessMetrics(from: $from, to: $to, currency: $currency) {\n      from\n      to\n      currency\n      currencies\n      mrrCents\n      arrCents\n      activeMembers\n      payingMembers\n      churnRate\n      trialConversionRate\n      trialsConverted\n      trialsEnded\n      signupConversionRate\n      signups\n      signupsBecameMembers\n      membershipRevenueCents\n      ticketRevenueCents\n      explanations {\n        figure\n        title\n        explanation\n      }\n      membersByPlan {\n        planId\n        plan {\n          id\n          name\n        }\n        interval\n        members\n        paying\n        trialing\n        mrrCents\n        currency\n      }\n      months {\n        month\n        mrrCentsAtEnd\n        membersAtEnd\n        newMembers\n        canceledMembers\n        reactivatedMembers\n        churnRate\n        churnedPayingMembers\n        payingMembersAtStart\n        membershipRevenueCents\n        ticketRevenueCents\n      }\n      leadsPerDay {\n        day\n        signups\n        imported\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardMetrics($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    businessMetrics(from: $from, to: $to, currency: $currency) {\n      from\n      to\n      currency\n      currencies\n      mrrCents\n      arrCents\n      activeMembers\n      payingMembers\n      churnRate\n      trialConversionRate\n      trialsConverted\n      trialsEnded\n      signupConversionRate\n      signups\n      signupsBecameMembers\n      membershipRevenueCents\n      ticketRevenueCents\n      explanations {\n        figure\n        title\n        explanation\n      }\n      membersByPlan {\n        planId\n        plan {\n          id\n          name\n        }\n        interval\n        members\n        paying\n        trialing\n        mrrCents\n        currency\n      }\n      months {\n        month\n        mrrCentsAtEnd\n        membersAtEnd\n        newMembers\n        canceledMembers\n        reactivatedMembers\n        churnRate\n        churnedPayingMembers\n        payingMembersAtStart\n        membershipRevenueCents\n        ticketRevenueCents\n      }\n      leadsPerDay {\n        day\n        signups\n        imported\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBusinessMetricsExport($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    startBusinessMetricsExport(figure: $figure, from: $from, to: $to, currency: $currency) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBusinessMetricsExport($figure: BusinessFigure!, $from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {\n    startBusinessMetricsExport(figure: $figure, from: $from, to: $to, currency: $currency) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BusinessMetricsExportUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  subscription BusinessMetricsExportUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessMetricsExportJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  query BusinessMetricsExportJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventHeader($id: ID!) {\n    event(id: $id) {\n      ...AdminEventFields\n      accessKey\n      shareUrl\n      seatsSold\n      seatsHeld\n      ticketTypes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventHeader($id: ID!) {\n    event(id: $id) {\n      ...AdminEventFields\n      accessKey\n      shareUrl\n      seatsSold\n      seatsHeld\n      ticketTypes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...AdminEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      ...AdminEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...AdminEventFields\n      seatsSold\n      seatsHeld\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id) {\n      ...AdminEventFields\n      seatsSold\n      seatsHeld\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEvents($first: Int, $after: String, $search: String, $status: EventStatus, $visibility: EventVisibility) {\n    adminEvents(first: $first, after: $after, search: $search, status: $status, visibility: $visibility) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          venue\n          startsAt\n          endsAt\n          timeZone\n          status\n          visibility\n          capacity\n          seatsSold\n          seatsHeld\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEvents($first: Int, $after: String, $search: String, $status: EventStatus, $visibility: EventVisibility) {\n    adminEvents(first: $first, after: $after, search: $search, status: $status, visibility: $visibility) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          venue\n          startsAt\n          endsAt\n          timeZone\n          status\n          visibility\n          capacity\n          seatsSold\n          seatsHeld\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAttendeesExport($eventId: ID!) {\n    startAttendeesExport(eventId: $eventId) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAttendeesExport($eventId: ID!) {\n    startAttendeesExport(eventId: $eventId) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AttendeesExportJobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  subscription AttendeesExportJobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventAttendees($eventId: ID!, $first: Int, $after: String, $search: String, $status: TicketStatus) {\n    attendees(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          status\n          holderName\n          checkedInAt\n          checkedInBy {\n            id\n            name\n          }\n          ticketType {\n            id\n            name\n          }\n          order {\n            id\n            buyer {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventAttendees($eventId: ID!, $first: Int, $after: String, $search: String, $status: TicketStatus) {\n    attendees(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          status\n          holderName\n          checkedInAt\n          checkedInBy {\n            id\n            name\n          }\n          ticketType {\n            id\n            name\n          }\n          order {\n            id\n            buyer {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventForm($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      capacity\n      visibility\n      status\n      memberPresaleStartsAt\n    }\n  }\n"): (typeof documents)["\n  query AdminEventForm($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      capacity\n      visibility\n      status\n      memberPresaleStartsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminEventFields on Event {\n    id\n    title\n    description\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    visibility\n    status\n    memberPresaleStartsAt\n    publishedAt\n    cancelledAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminEventFields on Event {\n    id\n    title\n    description\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    visibility\n    status\n    memberPresaleStartsAt\n    publishedAt\n    cancelledAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...AdminEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: EventInput!) {\n    createEvent(input: $input) {\n      ...AdminEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...AdminEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...AdminEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventOrders($eventId: ID, $first: Int, $after: String, $search: String, $status: OrderStatus) {\n    orders(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          refundedCents\n          testMode\n          createdAt\n          buyer {\n            id\n            name\n            email\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventOrders($eventId: ID, $first: Int, $after: String, $search: String, $status: OrderStatus) {\n    orders(eventId: $eventId, first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          refundedCents\n          testMode\n          createdAt\n          buyer {\n            id\n            name\n            email\n          }\n          items {\n            id\n            quantity\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventSales($eventId: ID!) {\n    eventSales(eventId: $eventId) {\n      eventId\n      capacity\n      sold\n      held\n      available\n      checkedIn\n      paidOrders\n      revenueCents\n      refundedCents\n      currency\n      ticketTypes {\n        quantity\n        sold\n        held\n        available\n        checkedIn\n        revenueCents\n        ticketType {\n          id\n          name\n          priceCents\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventSales($eventId: ID!) {\n    eventSales(eventId: $eventId) {\n      eventId\n      capacity\n      sold\n      held\n      available\n      checkedIn\n      paidOrders\n      revenueCents\n      refundedCents\n      currency\n      ticketTypes {\n        quantity\n        sold\n        held\n        available\n        checkedIn\n        revenueCents\n        ticketType {\n          id\n          name\n          priceCents\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      ticketTypes {\n        ...AdminTicketTypeFields\n      }\n      promoCodes {\n        ...AdminPromoCodeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventTickets($id: ID!) {\n    event(id: $id) {\n      id\n      ticketTypes {\n        ...AdminTicketTypeFields\n      }\n      promoCodes {\n        ...AdminPromoCodeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnSaleStats($eventId: ID!) {\n    onSaleStats(eventId: $eventId) {\n      eventId\n      queued\n      admitted\n      passesActive\n      passesUsed\n      passesReturned\n      inCheckout\n      sold\n      stock\n      onSale {\n        startsAt\n        admissionsPerMinute\n        passSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnSaleStats($eventId: ID!) {\n    onSaleStats(eventId: $eventId) {\n      eventId\n      queued\n      admitted\n      passesActive\n      passesUsed\n      passesReturned\n      inCheckout\n      sold\n      stock\n      onSale {\n        startsAt\n        admissionsPerMinute\n        passSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOnSale($eventId: ID!, $input: OnSaleInput!) {\n    setOnSale(eventId: $eventId, input: $input) {\n      startsAt\n      admissionsPerMinute\n      passSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation SetOnSale($eventId: ID!, $input: OnSaleInput!) {\n    setOnSale(eventId: $eventId, input: $input) {\n      startsAt\n      admissionsPerMinute\n      passSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOnSale($eventId: ID!) {\n    removeOnSale(eventId: $eventId)\n  }\n"): (typeof documents)["\n  mutation RemoveOnSale($eventId: ID!) {\n    removeOnSale(eventId: $eventId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPromoCodeFields on PromoCode {\n    id\n    code\n    discountType\n    amount\n    usageLimit\n    usedCount\n    validFrom\n    validUntil\n    ticketTypeIds\n    active\n  }\n"): (typeof documents)["\n  fragment AdminPromoCodeFields on PromoCode {\n    id\n    code\n    discountType\n    amount\n    usageLimit\n    usedCount\n    validFrom\n    validUntil\n    ticketTypeIds\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePromoCode($eventId: ID!, $input: PromoCodeInput!) {\n    createPromoCode(eventId: $eventId, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePromoCode($eventId: ID!, $input: PromoCodeInput!) {\n    createPromoCode(eventId: $eventId, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromoCode($id: ID!, $input: PromoCodeInput!) {\n    updatePromoCode(id: $id, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromoCode($id: ID!, $input: PromoCodeInput!) {\n    updatePromoCode(id: $id, input: $input) {\n      ...AdminPromoCodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateEventAccessKey($id: ID!) {\n    regenerateEventAccessKey(id: $id) {\n      id\n      accessKey\n      shareUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateEventAccessKey($id: ID!) {\n    regenerateEventAccessKey(id: $id) {\n      id\n      accessKey\n      shareUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTicketTypeFields on TicketType {\n    id\n    name\n    description\n    priceCents\n    currency\n    quantity\n    maxPerOrder\n    salesStartAt\n    salesEndAt\n    sold\n    held\n    available\n    saleStatus\n    memberDiscountPercent\n    memberPriceCents\n  }\n"): (typeof documents)["\n  fragment AdminTicketTypeFields on TicketType {\n    id\n    name\n    description\n    priceCents\n    currency\n    quantity\n    maxPerOrder\n    salesStartAt\n    salesEndAt\n    sold\n    held\n    available\n    saleStatus\n    memberDiscountPercent\n    memberPriceCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketType($eventId: ID!, $input: TicketTypeInput!) {\n    addTicketType(eventId: $eventId, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTicketType($eventId: ID!, $input: TicketTypeInput!) {\n    addTicketType(eventId: $eventId, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketType($id: ID!, $input: TicketTypeInput!) {\n    updateTicketType(id: $id, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicketType($id: ID!, $input: TicketTypeInput!) {\n    updateTicketType(id: $id, input: $input) {\n      ...AdminTicketTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    id\n    kind\n    state\n    progress\n    processed\n    total\n    message\n    resultUrl\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment JobFields on Job {\n    id\n    kind\n    state\n    progress\n    processed\n    total\n    message\n    resultUrl\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminJobs($first: Int, $after: String, $state: JobState) {\n    jobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...JobFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  subscription JobUpdates {\n    jobUpdated {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUsersExport {\n    startUsersExport {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartUsersExport {\n    startUsersExport {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  query LiveJob($id: ID!) {\n    job(id: $id) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveJobUpdates($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  subscription LiveJobUpdates($id: ID!) {\n    jobUpdated(id: $id) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminEventChoices {\n    adminEvents(first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          status\n          visibility\n          accessKey\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminEventChoices {\n    adminEvents(first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          status\n          visibility\n          accessKey\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadImportPreview($uploadId: ID!, $rows: Int!) {\n    leadImportPreview(uploadId: $uploadId, rows: $rows) {\n      uploadId\n      filename\n      headers\n      rows\n      suggestedMapping {\n        name\n        email\n        phone\n        zip\n        interests\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadImportPreview($uploadId: ID!, $rows: Int!) {\n    leadImportPreview(uploadId: $uploadId, rows: $rows) {\n      uploadId\n      filename\n      headers\n      rows\n      suggestedMapping {\n        name\n        email\n        phone\n        zip\n        interests\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLeadImport($input: LeadImportInput!) {\n    startLeadImport(input: $input) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartLeadImport($input: LeadImportInput!) {\n    startLeadImport(input: $input) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadInterest($input: LeadInterestInput!) {\n    createLeadInterest(input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeadInterest($input: LeadInterestInput!) {\n    createLeadInterest(input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLeadInterest($id: ID!, $input: LeadInterestUpdateInput!) {\n    updateLeadInterest(id: $id, input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLeadInterest($id: ID!, $input: LeadInterestUpdateInput!) {\n    updateLeadInterest(id: $id, input: $input) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLead($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      email\n      phone\n      zip\n      interests\n      events {\n        id\n        title\n        startsAt\n        timeZone\n      }\n      source\n      consentSms\n      consentText\n      consentAt\n      consentIp\n      optedOut\n      createdAt\n      updatedAt\n      messages(last: 200) {\n        ...SmsThreadMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminLead($id: ID!) {\n    lead(id: $id) {\n      id\n      name\n      email\n      phone\n      zip\n      interests\n      events {\n        id\n        title\n        startsAt\n        timeZone\n      }\n      source\n      consentSms\n      consentText\n      consentAt\n      consentIp\n      optedOut\n      createdAt\n      updatedAt\n      messages(last: 200) {\n        ...SmsThreadMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadInterestChoices {\n    leadInterests(includeArchived: true) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query LeadInterestChoices {\n    leadInterests(includeArchived: true) {\n      id\n      key\n      label\n      position\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmsThreadMessage on SmsMessage {\n    id\n    direction\n    kind\n    body\n    status\n    error\n    createdAt\n    sentAt\n    deliveredAt\n    sender {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SmsThreadMessage on SmsMessage {\n    id\n    direction\n    kind\n    body\n    status\n    error\n    createdAt\n    sentAt\n    deliveredAt\n    sender {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLeads(\n    $first: Int\n    $after: String\n    $search: String\n    $eventId: ID\n    $interest: String\n    $optedIn: Boolean\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n  ) {\n    leads(\n      first: $first\n      after: $after\n      search: $search\n      eventId: $eventId\n      interest: $interest\n      optedIn: $optedIn\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          phone\n          zip\n          source\n          consentSms\n          optedOut\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminLeads(\n    $first: Int\n    $after: String\n    $search: String\n    $eventId: ID\n    $interest: String\n    $optedIn: Boolean\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n  ) {\n    leads(\n      first: $first\n      after: $after\n      search: $search\n      eventId: $eventId\n      interest: $interest\n      optedIn: $optedIn\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          phone\n          zip\n          source\n          consentSms\n          optedOut\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLeadExport($filter: LeadFilter) {\n    startLeadExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartLeadExport($filter: LeadFilter) {\n    startLeadExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToLead($leadId: ID!, $body: String!) {\n    replyToLead(leadId: $leadId, body: $body) {\n      ...SmsThreadMessage\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToLead($leadId: ID!, $body: String!) {\n    replyToLead(leadId: $leadId, body: $body) {\n      ...SmsThreadMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailMessageFields on MailMessage {\n    id\n    to\n    subject\n    text\n    kind\n    status\n    error\n    createdAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment MailMessageFields on MailMessage {\n    id\n    to\n    subject\n    text\n    kind\n    status\n    error\n    createdAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($first: Int, $after: String, $to: String) {\n    mailOutbox(first: $first, after: $after, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MailMessageFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($first: Int, $after: String, $to: String) {\n    mailOutbox(first: $first, after: $after, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MailMessageFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    paidCents\n    closedAt\n    refundedAt\n    holdExpiresAt\n    buyer {\n      id\n      name\n      email\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n    }\n    tickets {\n      id\n      code\n      status\n      holderName\n      priceCents\n      checkedInAt\n      ticketType {\n        id\n        name\n      }\n    }\n    refunds {\n      id\n      amountCents\n      status\n      reason\n      attempts\n      lastError\n      providerRefundId\n      createdAt\n      settledAt\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    paidCents\n    closedAt\n    refundedAt\n    holdExpiresAt\n    buyer {\n      id\n      name\n      email\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n    }\n    tickets {\n      id\n      code\n      status\n      holderName\n      priceCents\n      checkedInAt\n      ticketType {\n        id\n        name\n      }\n    }\n    refunds {\n      id\n      amountCents\n      status\n      reason\n      attempts\n      lastError\n      providerRefundId\n      createdAt\n      settledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($orderId: ID!, $ticketIds: [ID!]) {\n    refundOrder(orderId: $orderId, ticketIds: $ticketIds) {\n      ...AdminOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefundOrder($orderId: ID!, $ticketIds: [ID!]) {\n    refundOrder(orderId: $orderId, ticketIds: $ticketIds) {\n      ...AdminOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n    active\n    archivedAt\n    memberCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n    active\n    archivedAt\n    memberCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: PlanInput!) {\n    createPlan(input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlan($id: ID!, $input: PlanInput!) {\n    updatePlan(id: $id, input: $input) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlans {\n    adminPlans {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPlans {\n    adminPlans {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePlan($id: ID!) {\n    archivePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchivePlan($id: ID!) {\n    archivePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePlan($id: ID!) {\n    restorePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePlan($id: ID!) {\n    restorePlan(id: $id) {\n      ...AdminPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAudience($filter: LeadFilter) {\n    leadCampaignAudienceCount(filter: $filter) {\n      matching\n      optedOut\n      recipients\n    }\n  }\n"): (typeof documents)["\n  query CampaignAudience($filter: LeadFilter) {\n    leadCampaignAudienceCount(filter: $filter) {\n      matching\n      optedOut\n      recipients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignFields on SmsCampaign {\n    id\n    name\n    body\n    filter\n    ratePerSecond\n    jobId\n    createdAt\n    stats {\n      recipients\n      pending\n      sent\n      delivered\n      failed\n      skipped\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignFields on SmsCampaign {\n    id\n    name\n    body\n    filter\n    ratePerSecond\n    jobId\n    createdAt\n    stats {\n      recipients\n      pending\n      sent\n      delivered\n      failed\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCampaign($id: ID!) {\n    smsCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"): (typeof documents)["\n  query AdminCampaign($id: ID!) {\n    smsCampaign(id: $id) {\n      ...CampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignRecipients($campaignId: ID!, $first: Int, $after: String) {\n    smsMessages(campaignId: $campaignId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toPhone\n          status\n          error\n          sentAt\n          createdAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignRecipients($campaignId: ID!, $first: Int, $after: String) {\n    smsMessages(campaignId: $campaignId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          toPhone\n          status\n          error\n          sentAt\n          createdAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCampaigns($first: Int, $after: String) {\n    smsCampaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CampaignFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCampaigns($first: Int, $after: String) {\n    smsCampaigns(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CampaignFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCampaign($input: CampaignInput!) {\n    sendCampaign(input: $input) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendCampaign($input: CampaignInput!) {\n    sendCampaign(input: $input) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewestCampaigns {\n    smsCampaigns(first: 10) {\n      edges {\n        node {\n          id\n          jobId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewestCampaigns {\n    smsCampaigns(first: 10) {\n      edges {\n        node {\n          id\n          jobId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsSegments($message: String!) {\n    smsSegments(message: $message) {\n      characters\n      encoding\n      segments\n      unitsPerSegment\n      remainingInSegment\n    }\n  }\n"): (typeof documents)["\n  query SmsSegments($message: String!) {\n    smsSegments(message: $message) {\n      characters\n      encoding\n      segments\n      unitsPerSegment\n      remainingInSegment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSmsMessages($first: Int, $after: String, $direction: SmsDirection, $phone: String) {\n    smsMessages(first: $first, after: $after, direction: $direction, phone: $phone) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          direction\n          kind\n          body\n          status\n          error\n          toPhone\n          fromPhone\n          createdAt\n          sentAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSmsMessages($first: Int, $after: String, $direction: SmsDirection, $phone: String) {\n    smsMessages(first: $first, after: $after, direction: $direction, phone: $phone) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          direction\n          kind\n          body\n          status\n          error\n          toPhone\n          fromPhone\n          createdAt\n          sentAt\n          lead {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          role\n          status\n          createdAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) {\n    users(first: $first, after: $after, search: $search, role: $role) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          name\n          role\n          status\n          createdAt\n          lastSignInAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretHint\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      secretHint\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            eventId\n            eventType\n            status\n            attempts\n            responseStatus\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    outgoingWebhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            eventId\n            eventType\n            status\n            attempts\n            responseStatus\n            lastError\n            nextAttemptAt\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    updateOutgoingWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetWebhookEnabled($id: ID!, $enabled: Boolean!) {\n    updateOutgoingWebhookEndpoint(id: $id, input: { enabled: $enabled }) {\n      id\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteOutgoingWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteOutgoingWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverOutgoingWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverOutgoingWebhook(deliveryId: $deliveryId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($first: Int, $after: String) {\n    outgoingWebhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          url\n          description\n          eventTypes\n          enabled\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints($first: Int, $after: String) {\n    outgoingWebhookEndpoints(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          url\n          description\n          eventTypes\n          enabled\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createOutgoingWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createOutgoingWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorCount($eventId: ID!) {\n    checkInStats(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n"): (typeof documents)["\n  query DoorCount($eventId: ID!) {\n    checkInStats(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DoorCountUpdates($eventId: ID!) {\n    checkInUpdated(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n"): (typeof documents)["\n  subscription DoorCountUpdates($eventId: ID!) {\n    checkInUpdated(eventId: $eventId) {\n      eventId\n      checkedIn\n      sold\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DoorEventFields on Event {\n    id\n    title\n    venue\n    startsAt\n    endsAt\n    timeZone\n    visibility\n  }\n"): (typeof documents)["\n  fragment DoorEventFields on Event {\n    id\n    title\n    venue\n    startsAt\n    endsAt\n    timeZone\n    visibility\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorPublicEvents($search: String) {\n    events(first: 30, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DoorPublicEvents($search: String) {\n    events(first: 30, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorAdminEvents($search: String) {\n    adminEvents(first: 30, search: $search, status: PUBLISHED) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DoorAdminEvents($search: String) {\n    adminEvents(first: 30, search: $search, status: PUBLISHED) {\n      totalCount\n      edges {\n        node {\n          ...DoorEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorEvent($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      ...DoorEventFields\n    }\n  }\n"): (typeof documents)["\n  query DoorEvent($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      ...DoorEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInTicket($eventId: ID!, $code: String!) {\n    checkInTicket(eventId: $eventId, code: $code) {\n      status\n      message\n      checkedInAt\n      checkedInBy {\n        id\n        name\n      }\n      ticket {\n        id\n        code\n        holderName\n        ticketType {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInTicket($eventId: ID!, $code: String!) {\n    checkInTicket(eventId: $eventId, code: $code) {\n      status\n      message\n      checkedInAt\n      checkedInBy {\n        id\n        name\n      }\n      ticket {\n        id\n        code\n        holderName\n        ticketType {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCardFields on Event {\n    id\n    title\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    seatsAvailable\n    ticketTypes {\n      id\n      priceCents\n      currency\n      saleStatus\n    }\n  }\n"): (typeof documents)["\n  fragment EventCardFields on Event {\n    id\n    title\n    venue\n    address\n    startsAt\n    endsAt\n    timeZone\n    coverImageUrl\n    capacity\n    seatsAvailable\n    ticketTypes {\n      id\n      priceCents\n      currency\n      saleStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      status\n      visibility\n      seatsAvailable\n      memberPresaleStartsAt\n      onSale {\n        startsAt\n      }\n      ticketTypes {\n        id\n        name\n        description\n        priceCents\n        currency\n        quantity\n        available\n        maxPerOrder\n        saleStatus\n        salesStartAt\n        salesEndAt\n        memberDiscountPercent\n        memberPriceCents\n        memberSalesStartAt\n        viewerPriceCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!, $accessKey: String) {\n    event(id: $id, accessKey: $accessKey) {\n      id\n      title\n      description\n      venue\n      address\n      startsAt\n      endsAt\n      timeZone\n      coverImageUrl\n      status\n      visibility\n      seatsAvailable\n      memberPresaleStartsAt\n      onSale {\n        startsAt\n      }\n      ticketTypes {\n        id\n        name\n        description\n        priceCents\n        currency\n        quantity\n        available\n        maxPerOrder\n        saleStatus\n        salesStartAt\n        salesEndAt\n        memberDiscountPercent\n        memberPriceCents\n        memberSalesStartAt\n        viewerPriceCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEvents($first: Int, $after: String, $search: String, $from: DateTimeISO, $to: DateTimeISO) {\n    events(first: $first, after: $after, search: $search, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicEvents($first: Int, $after: String, $search: String, $from: DateTimeISO, $to: DateTimeISO) {\n    events(first: $first, after: $after, search: $search, from: $from, to: $to) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EventCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutQuote($input: CheckoutQuoteInput!) {\n    checkoutQuote(input: $input) {\n      currency\n      subtotalCents\n      discountCents\n      memberDiscountCents\n      totalCents\n      promoCode\n    }\n  }\n"): (typeof documents)["\n  query CheckoutQuote($input: CheckoutQuoteInput!) {\n    checkoutQuote(input: $input) {\n      currency\n      subtotalCents\n      discountCents\n      memberDiscountCents\n      totalCents\n      promoCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($input: CheckoutInput!) {\n    startCheckout(input: $input) {\n      paymentUrl\n      order {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartCheckout($input: CheckoutInput!) {\n    startCheckout(input: $input) {\n      paymentUrl\n      order {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitingRoomPlaceFields on WaitingRoomPlace {\n    eventId\n    phase\n    startsAt\n    place\n    ahead\n    estimatedWaitSeconds\n    passExpiresAt\n    stock\n  }\n"): (typeof documents)["\n  fragment WaitingRoomPlaceFields on WaitingRoomPlace {\n    eventId\n    phase\n    startsAt\n    place\n    ahead\n    estimatedWaitSeconds\n    passExpiresAt\n    stock\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingRoom($eventId: ID!, $accessKey: String) {\n    waitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"): (typeof documents)["\n  query WaitingRoom($eventId: ID!, $accessKey: String) {\n    waitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitingRoom($eventId: ID!, $accessKey: String) {\n    joinWaitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitingRoom($eventId: ID!, $accessKey: String) {\n    joinWaitingRoom(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WaitingRoomUpdates($eventId: ID!, $accessKey: String) {\n    waitingRoomUpdated(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"): (typeof documents)["\n  subscription WaitingRoomUpdates($eventId: ID!, $accessKey: String) {\n    waitingRoomUpdated(eventId: $eventId, accessKey: $accessKey) {\n      ...WaitingRoomPlaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n  }\n"): (typeof documents)["\n  fragment PublicPlanFields on Plan {\n    id\n    name\n    description\n    perks\n    currency\n    monthlyPriceCents\n    yearlyPriceCents\n    trialDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipPlans {\n    plans {\n      ...PublicPlanFields\n    }\n  }\n"): (typeof documents)["\n  query MembershipPlans {\n    plans {\n      ...PublicPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMembershipCheckout($planId: ID!, $interval: BillingInterval!) {\n    startMembershipCheckout(planId: $planId, interval: $interval) {\n      id\n      paymentUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartMembershipCheckout($planId: ID!, $interval: BillingInterval!) {\n    startMembershipCheckout(planId: $planId, interval: $interval) {\n      id\n      paymentUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyMembershipFields on Membership {\n    id\n    status\n    isMember\n    interval\n    amountCents\n    currency\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    trialEndsAt\n    endedAt\n    testMode\n    plan {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MyMembershipFields on Membership {\n    id\n    status\n    isMember\n    interval\n    amountCents\n    currency\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    trialEndsAt\n    endedAt\n    testMode\n    plan {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMembership {\n    myMembership {\n      ...MyMembershipFields\n    }\n  }\n"): (typeof documents)["\n  query MyMembership {\n    myMembership {\n      ...MyMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBillingPortal {\n    openBillingPortal\n  }\n"): (typeof documents)["\n  mutation OpenBillingPortal {\n    openBillingPortal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestBillingPortal {\n    myMembership {\n      ...MyMembershipFields\n    }\n    plans {\n      id\n      name\n      currency\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n"): (typeof documents)["\n  query TestBillingPortal {\n    myMembership {\n      ...MyMembershipFields\n    }\n    plans {\n      id\n      name\n      currency\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTestMembershipCancelAtPeriodEnd($cancel: Boolean!) {\n    setTestMembershipCancelAtPeriodEnd(cancel: $cancel) {\n      ...MyMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTestMembershipCancelAtPeriodEnd($cancel: Boolean!) {\n    setTestMembershipCancelAtPeriodEnd(cancel: $cancel) {\n      ...MyMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTestMembershipPlan($planId: ID!, $interval: BillingInterval!) {\n    switchTestMembershipPlan(planId: $planId, interval: $interval) {\n      ...MyMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTestMembershipPlan($planId: ID!, $interval: BillingInterval!) {\n    switchTestMembershipPlan(planId: $planId, interval: $interval) {\n      ...MyMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMembershipCheckout($id: ID!) {\n    membershipCheckout(id: $id) {\n      id\n      status\n      interval\n      amountCents\n      currency\n      trialDays\n      expiresAt\n      paymentUrl\n      plan {\n        id\n        name\n        perks\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestMembershipCheckout($id: ID!) {\n    membershipCheckout(id: $id) {\n      id\n      status\n      interval\n      amountCents\n      currency\n      trialDays\n      expiresAt\n      paymentUrl\n      plan {\n        id\n        name\n        perks\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTestMembershipCheckout($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) {\n      id\n      status\n      membershipId\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTestMembershipCheckout($checkoutId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestMembershipCheckout(checkoutId: $checkoutId, outcome: $outcome) {\n      id\n      status\n      membershipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          createdAt\n          items {\n            id\n            quantity\n          }\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrders($first: Int, $after: String) {\n    myOrders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          currency\n          totalCents\n          createdAt\n          items {\n            id\n            quantity\n          }\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BuyerOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    closedAt\n    refundedAt\n    holdExpiresAt\n    paymentUrl\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n    tickets {\n      ...TicketCardFields\n    }\n  }\n"): (typeof documents)["\n  fragment BuyerOrderFields on Order {\n    ...OrderLinesFields\n    status\n    paymentProvider\n    testMode\n    createdAt\n    paidAt\n    closedAt\n    refundedAt\n    holdExpiresAt\n    paymentUrl\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n    tickets {\n      ...TicketCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerOrder($id: ID!) {\n    order(id: $id) {\n      ...BuyerOrderFields\n    }\n  }\n"): (typeof documents)["\n  query BuyerOrder($id: ID!) {\n    order(id: $id) {\n      ...BuyerOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCheckout($orderId: ID!) {\n    cancelCheckout(orderId: $orderId) {\n      ...BuyerOrderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCheckout($orderId: ID!) {\n    cancelCheckout(orderId: $orderId) {\n      ...BuyerOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestCheckoutOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderLinesFields\n      status\n      paymentProvider\n      holdExpiresAt\n      event {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestCheckoutOrder($id: ID!) {\n    order(id: $id) {\n      ...OrderLinesFields\n      status\n      paymentProvider\n      holdExpiresAt\n      event {\n        id\n        title\n        venue\n        startsAt\n        endsAt\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTestCheckout($orderId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestCheckout(orderId: $orderId, outcome: $outcome) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTestCheckout($orderId: ID!, $outcome: TestCheckoutOutcome!) {\n    completeTestCheckout(orderId: $orderId, outcome: $outcome) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: LeadSignupInput!) {\n    signUp(input: $input) {\n      id\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: LeadSignupInput!) {\n    signUp(input: $input) {\n      id\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignupForm($eventId: ID, $accessKey: String) {\n    signupForm(eventId: $eventId, accessKey: $accessKey) {\n      eventId\n      event {\n        id\n        title\n        venue\n        startsAt\n        timeZone\n      }\n      consentText\n      interests {\n        id\n        key\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignupForm($eventId: ID, $accessKey: String) {\n    signupForm(eventId: $eventId, accessKey: $accessKey) {\n      eventId\n      event {\n        id\n        title\n        venue\n        startsAt\n        timeZone\n      }\n      consentText\n      interests {\n        id\n        key\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    status\n    createdAt\n    lastSignInAt\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    email\n    name\n    role\n    status\n    createdAt\n    lastSignInAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderLinesFields on Order {\n    id\n    currency\n    subtotalCents\n    discountCents\n    totalCents\n    refundedCents\n    promoCode\n    items {\n      id\n      quantity\n      unitPriceCents\n      unitDiscountCents\n      totalCents\n      ticketType {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OrderLinesFields on Order {\n    id\n    currency\n    subtotalCents\n    discountCents\n    totalCents\n    refundedCents\n    promoCode\n    items {\n      id\n      quantity\n      unitPriceCents\n      unitDiscountCents\n      totalCents\n      ticketType {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketCardFields on Ticket {\n    id\n    code\n    status\n    holderName\n    checkedInAt\n    voidedAt\n    qrDataUrl\n    ticketType {\n      id\n      name\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n  }\n"): (typeof documents)["\n  fragment TicketCardFields on Ticket {\n    id\n    code\n    status\n    holderName\n    checkedInAt\n    voidedAt\n    qrDataUrl\n    ticketType {\n      id\n      name\n    }\n    event {\n      id\n      title\n      venue\n      startsAt\n      endsAt\n      timeZone\n      visibility\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;